import { describe, expect, it } from 'vitest';
import { transactionalCsatSurvey } from '../surveys/builders/transactional-csat.ts';
import type { AnswerRecord, SurveyDefinition } from '../surveys/survey-definition.ts';
import { TEMPLATES_EN } from '../surveys/templates.en.ts';
import { pendingProbe, probeReactionKeys, webProbeText, type WebProbe } from './web-probe.ts';

const def = transactionalCsatSurvey({ id: 't', defaultLanguage: 'en' });
const csat = def.questions[0];
const ces = def.questions[1] ?? null;
const said = (questionId: string, value: number | null): AnswerRecord =>
  ({ questionId, status: value === null ? 'skipped' : 'answered', value }) as AnswerRecord;
const probed = (questionId: string): WebProbe => ({ questionId, text: 'x', sentiment: 'negative' });

describe('pendingProbe', () => {
  it('asks about a low score just given, once', () => {
    expect(pendingProbe(def, [said('csat', 1)], [], ces)).toBe(csat);
    expect(pendingProbe(def, [said('csat', 1)], [probed('csat')], ces)).toBeNull();
  });

  it('leaves high, middling and skipped answers alone', () => {
    expect(pendingProbe(def, [said('csat', 5)], [], ces)).toBeNull();
    expect(pendingProbe(def, [said('csat', 3)], [], ces)).toBeNull();
    expect(pendingProbe(def, [said('csat', null)], [], ces)).toBeNull();
    expect(pendingProbe(def, [], [], csat ?? null)).toBeNull();
  });

  it('stops at the limit, when the survey turns probing off, and before a follow-up that asks why', () => {
    const two = [probed('a'), probed('b')];
    expect(pendingProbe(def, [said('csat', 1)], two, ces)).toBeNull();
    const limit3: SurveyDefinition = { ...def, dialogue: { ...def.dialogue, maxProbes: 3 } };
    expect(pendingProbe(limit3, [said('csat', 1)], two, ces)).toBe(csat);
    const off: SurveyDefinition = { ...def, dialogue: { ...def.dialogue, probeLowScores: false } };
    expect(pendingProbe(off, [said('csat', 1)], [], ces)).toBeNull();
    const why = ces && { ...ces, showIf: { question: 'csat', op: 'lte' as const, value: 2 } };
    expect(pendingProbe(def, [said('csat', 1)], [], why)).toBeNull();
  });
});

describe('webProbeText and probeReactionKeys', () => {
  it("asks in the page's words, without a CALL to reply, the same on every load", () => {
    const text = webProbeText(def, csat!, 1, {}, 'inv_1');
    expect(TEMPLATES_EN.probe_web).toContain(text);
    expect(webProbeText(def, csat!, 1, {}, 'inv_1')).toBe(text);
  });

  it('answers the words in kind, and a skip with no fuss', () => {
    const p = (text: string | null, sentiment: WebProbe['sentiment']) => ({
      questionId: 'csat',
      text,
      sentiment,
    });
    expect(probeReactionKeys(p('bad', 'negative'))).toEqual(['text.negative']);
    expect(probeReactionKeys(p('great', 'positive'))).toEqual(['text.positive']);
    expect(probeReactionKeys(p('hm', 'ambiguous'))).toEqual(['text.neutral']);
    expect(probeReactionKeys(p(null, null))).toEqual(['probe_declined']);
  });
});
