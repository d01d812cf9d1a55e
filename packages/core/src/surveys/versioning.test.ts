import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { carrierStyleSurvey } from './builders/index.ts';
import type { SurveyDefinition } from './survey-definition.ts';
import { diffSurveyDefinitions, isEmptyDiff, reviseSurvey } from './versioning.ts';

const base = (): SurveyDefinition => carrierStyleSurvey({ id: 'srv_c', version: 2 });

describe('diffSurveyDefinitions', () => {
  it('is empty for the same definition', () => {
    expect(isEmptyDiff(diffSurveyDefinitions(base(), base()))).toBe(true);
  });
  it('reports added, removed, changed, reordered and breaking questions', () => {
    const before = base();
    const after = base();
    after.name = 'Renamed';
    after.questions = after.questions.filter((q) => q.id !== 'comment');
    after.questions.push({
      id: 'resolved',
      type: 'yes_no',
      scope: 'transactional',
      text: 'Was it resolved?',
    });
    const [rec, handling, timeliness] = after.questions;
    if (rec?.type !== 'score' || handling?.type !== 'score' || !timeliness)
      throw new Error('shape');
    rec.scale = { ...rec.scale, min: 0 }; // 1–10 → 0–10 changes what the answers mean
    handling.text = 'Reworded?';
    after.questions = [handling, rec, timeliness, ...after.questions.slice(3)];
    const d = diffSurveyDefinitions(before, after);
    expect(d.added).toEqual(['resolved']);
    expect(d.removed).toEqual(['comment']);
    expect(d.changed).toEqual([
      { questionId: 'agent_handling', fields: ['text'] },
      { questionId: 'recommend', fields: ['scale'] },
    ]);
    expect(d.breaking).toEqual(['recommend']);
    expect(d.reordered).toBe(true);
    expect(d.settings).toEqual(['name']);
  });
  it('removing a choice is breaking, adding one is not', () => {
    const q = (ids: string[]): SurveyDefinition => ({
      id: 's',
      version: 1,
      kind: 'transactional',
      name: 'S',
      defaultLanguage: 'en',
      questions: [
        {
          id: 'c',
          type: 'single',
          scope: 'transactional',
          text: 'Which?',
          choices: ids.map((id) => ({ id, label: id })),
        },
      ],
    });
    expect(diffSurveyDefinitions(q(['a', 'b']), q(['a', 'b', 'c'])).breaking).toEqual([]);
    expect(diffSurveyDefinitions(q(['a', 'b', 'c']), q(['a', 'c'])).breaking).toEqual(['c']);
  });
});

describe('reviseSurvey', () => {
  it('a live survey gets a new version for any change; the old one is left as it was', () => {
    const current = base();
    const edited = { ...base(), name: 'After-call survey v3' };
    const r = reviseSurvey(current, edited, { live: true });
    expect(r).toMatchObject({ version: 3, newVersion: true });
    expect(r.definition.version).toBe(3);
    expect(current.version).toBe(2);
  });
  it('a draft is edited in place', () => {
    const r = reviseSurvey(base(), { ...base(), name: 'Draft' }, { live: false });
    expect(r).toMatchObject({ version: 2, newVersion: false });
  });
  it('an unchanged live survey keeps its version, whatever version the edit claims', () => {
    const r = reviseSurvey(base(), { ...base(), version: 9 }, { live: true });
    expect(r).toMatchObject({ version: 2, newVersion: false });
  });
  it('validates the edit', () => {
    const bad = base();
    const first = bad.questions[0];
    if (first?.type !== 'score') throw new Error('shape');
    first.scale = { ...first.scale, max: 5 };
    expect(() => reviseSurvey(base(), bad, { live: true })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'questions[0].scale.max' }),
    );
  });
  it('refuses another survey id, and a kind change of a live survey', () => {
    expect(() => reviseSurvey(base(), { ...base(), id: 'other' }, { live: false })).toThrow(
      DomainError,
    );
    expect(() => reviseSurvey(base(), { ...base(), kind: 'relationship' }, { live: true })).toThrow(
      expect.objectContaining({ field: 'kind' }),
    );
  });
});
