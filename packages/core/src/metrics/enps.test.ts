import { describe, expect, it } from 'vitest';
import { enpsFromAnswers, enpsFromHistogram } from './enps.ts';
import type { ScoreAnswer } from './histogram.ts';

const on = (...values: (number | null)[]): ScoreAnswer[] =>
  values.map((value) => ({ value, scaleMin: 0, scaleMax: 10 }));

describe('eNPS', () => {
  it('uses the NPS math under its own name, shown from the anonymity threshold (5)', () => {
    // 3 promoters, 1 passive, 1 detractor of 5: 60 − 20 = 40.
    const f = enpsFromAnswers(on(10, 9, 9, 7, 3));
    expect(f).toMatchObject({ metric: 'enps', status: 'ok', n: 5, minN: 5 });
    expect(f.value).toBeCloseTo(40, 12);
    expect(f.parts).toMatchObject({ promoters: 3, passives: 1, detractors: 1 });
  });

  it('withholds everything but n under the threshold', () => {
    const f = enpsFromAnswers(on(10, 9, 3, 2));
    expect(f).toMatchObject({ status: 'too_few', value: null, interval: null, n: 4, parts: null });
  });

  it('never applies a threshold below 3', () => {
    const f = enpsFromHistogram(
      { scaleMin: 0, scaleMax: 10, counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2] },
      { minN: 1 },
    );
    expect(f.minN).toBe(3);
    expect(f.status).toBe('too_few');
    expect(enpsFromAnswers(on(10, 10, 10), { minN: 2 }).status).toBe('ok');
  });
});
