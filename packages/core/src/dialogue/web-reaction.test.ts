import { describe, expect, it } from 'vitest';
import { transactionalCsatSurvey } from '../surveys/builders/transactional-csat.ts';
import type { AnswerRecord } from '../surveys/survey-definition.ts';
import { webClosing, webReaction } from './web-reaction.ts';

const def = transactionalCsatSurvey({ id: 't' });
const said = (questionId: string, value: AnswerRecord['value']): AnswerRecord => ({
  questionId,
  status: value === null ? 'skipped' : 'answered',
  value,
});
const names = { companyName: 'Harbor Telecom', agentName: 'Jessica' };

describe('webReaction', () => {
  it('acknowledges a low score with the score and an apology, in the same words on every load', () => {
    const answers = [said('csat', 1)];
    const r = webReaction(def, answers, names, 'inv_1');
    expect(r).toMatch(/\b1\b/);
    expect(r).toMatch(/sorry|apolog|on us|not good enough|fell short/i);
    expect(webReaction(def, answers, names, 'inv_1')).toBe(r);
  });

  it('reacts to the last answer only, and not to a skip, a text or a plain expectation', () => {
    expect(webReaction(def, [], names, 'inv_1')).toBeNull();
    expect(webReaction(def, [said('csat', 1), said('ces', null)], names, 'inv_1')).toBeNull();
    expect(webReaction(def, [said('comment', 'It was slow.')], names, 'inv_1')).toBeNull();
    expect(webReaction(def, [said('expectations', 'met')], names, 'inv_1')).toBeNull();
    expect(webReaction(def, [said('expectations', 'failed')], names, 'inv_1')).toBeTruthy();
  });

  it('speaks the survey language', () => {
    const es = transactionalCsatSurvey({ id: 't', defaultLanguage: 'es' });
    const en = webReaction(def, [said('csat', 5)], names, 'inv_2');
    const r = webReaction(es, [said('csat', 5)], names, 'inv_2');
    expect(r).toBeTruthy();
    expect(r).not.toBe(en);
  });
});

describe('webClosing', () => {
  it('is low when any score is low or expectations failed, high only when every reading is high', () => {
    expect(webClosing(def, [said('csat', 5), said('ces', 1)])).toBe('low');
    expect(webClosing(def, [said('csat', 5), said('expectations', 'failed')])).toBe('low');
    expect(webClosing(def, [said('csat', 5), said('ces', 7)])).toBe('high');
    expect(webClosing(def, [said('csat', 5), said('ces', 4)])).toBe('neutral');
    expect(webClosing(def, [said('csat', null), said('comment', 'fine')])).toBe('neutral');
    expect(webClosing(def, [])).toBe('neutral');
  });
});
