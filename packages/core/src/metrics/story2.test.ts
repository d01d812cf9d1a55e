// Story 2 of DESIGN.md (seeds/001): after a call about roaming charges the carrier texts a survey —
// likely to recommend 1 (on 1–10), agent handling 10 (1–10), timeliness 10 (1–10), no comment.
import { describe, expect, it } from 'vitest';
import { assertGroupByAllowed, attributionScopes, type AttributableAnswer } from './attribution.ts';
import { csatFromAnswers } from './csat.ts';
import type { ScoreAnswer } from './histogram.ts';
import { npsFromAnswers } from './nps.ts';

type Answer = AttributableAnswer & ScoreAnswer;
const call = {
  surveyKind: 'transactional' as const,
  agentId: 'jessica_c',
  teamId: 'calls',
  ownerId: 'owner_1',
};
const answers: Answer[] = [
  { ...call, metric: 'nps', value: 1, scaleMin: 1, scaleMax: 10 },
  { ...call, metric: 'csat', value: 10, scaleMin: 1, scaleMax: 10 }, // overall handling by Jessica C
  { ...call, metric: 'csat', value: 10, scaleMin: 1, scaleMax: 10 }, // timeliness
];

/** The answers of one metric that count in a scope. */
function inScope(metric: Answer['metric'], kind: string, id?: string): Answer[] {
  return answers.filter(
    (a) =>
      a.metric === metric &&
      attributionScopes(a).some(
        (s) => s.kind === kind && (s.kind === 'company' || ('id' in s && s.id === id)),
      ),
  );
}

describe('story 2: the ignored red flag', () => {
  it('gives the agent a perfect satisfaction score: both answers in the 1–10 top box', () => {
    const agentCsat = inScope('csat', 'agent', 'jessica_c');
    expect(agentCsat).toHaveLength(2);
    const f = csatFromAnswers(agentCsat, { minN: 1 });
    expect(f.parts?.topBoxMin).toBe(9);
    expect(f.value).toBe(100);
    expect(f.parts?.mean.value).toBe(10);
    expect(f.scale?.label).toBe('1–10');
    // Under the workspace minimum of 10 it says so, with the two top-box answers counted.
    const dashboard = csatFromAnswers(agentCsat);
    expect(dashboard).toMatchObject({ status: 'too_few', value: null, n: 2 });
    expect(dashboard.parts?.topBox.count).toBe(2);
  });

  it('gives the agent no NPS', () => {
    expect(inScope('nps', 'agent', 'jessica_c')).toHaveLength(0);
    expect(() => assertGroupByAllowed('nps', 'agent', 'transactional')).toThrow(
      'NPS is a relationship metric and is never reported per agent.',
    );
  });

  it('gives the company (and the relationship owner) one detractor', () => {
    for (const [kind, id] of [
      ['company', undefined],
      ['owner', 'owner_1'],
    ] as const) {
      const nps = inScope('nps', kind, id);
      const f = npsFromAnswers(nps);
      expect(f).toMatchObject({ status: 'too_few', value: null, n: 1, interval: null });
      expect(f.parts).toMatchObject({
        promoters: 0,
        passives: 0,
        detractors: 1,
        detractorShare: 100,
      });
      expect(f.scale?.label).toBe('1–10');
      expect(npsFromAnswers(nps, { minN: 1 }).value).toBe(-100);
    }
  });
});
