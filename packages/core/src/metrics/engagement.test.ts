import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  engagementIndex,
  engagementIndexFromMoments,
  respondentEngagementScore,
} from './engagement.ts';
import type { ScoreAnswer } from './histogram.ts';
import { PULSE_SCALE } from './scale.ts';
import { studentTQuantile } from './t-distribution.ts';

const items = (...values: (number | null)[]): ScoreAnswer[] =>
  values.map((value) => ({ value, scaleMin: 1, scaleMax: 5 }));

describe('engagement index', () => {
  it('averages each respondent’s answered items', () => {
    expect(respondentEngagementScore(items(4, 5, null, 3))).toBeCloseTo(4, 12);
    // Fewer than half the items answered: no score.
    expect(respondentEngagementScore(items(5, null, null, null))).toBeNull();
    expect(respondentEngagementScore(items(5, null, null, null), 0.25)).toBe(5);
    expect(respondentEngagementScore([])).toBeNull();
  });

  it('gives the team mean of respondent scores with a t-interval (hand-computed)', () => {
    // Respondent scores 4, 3.5, 3, 4.5, 5 → mean 4, s = √(2.5/4) = 0.790569…,
    // t(0.975, 4) = 2.77644510519779 → 4 ± 0.981650… = [3.018349…, 4.981650…].
    const f = engagementIndex([
      items(4, 4),
      items(3, 4),
      items(3, 3),
      items(5, 4),
      items(5, 5),
      items(null, null),
    ]);
    expect(f).toMatchObject({ metric: 'engagement', status: 'ok', n: 5, skipped: 1, minN: 5 });
    expect(f.value).toBeCloseTo(4, 12);
    const half = 2.77644510519779 * Math.sqrt(2.5 / 4 / 5);
    expect(f.interval?.low).toBeCloseTo(4 - half, 9);
    expect(f.interval?.high).toBeCloseTo(4 + half, 9);
  });

  it('withholds a group under the anonymity threshold and labels leadership', () => {
    const f = engagementIndex([items(5, 5), items(1, 1), items(3, 3), items(4, 4)], {
      metric: 'leadership',
    });
    expect(f).toMatchObject({
      metric: 'leadership',
      status: 'too_few',
      value: null,
      n: 4,
      parts: null,
    });
  });

  it('refuses respondents on different scales', () => {
    expect(() => engagementIndex([items(4), [{ value: 7, scaleMin: 1, scaleMax: 7 }]])).toThrow(
      /cannot be pooled/,
    );
  });

  it('equals an independent computation, and the moments path agrees (property)', () => {
    const respondent = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.array(respondent, { maxLength: 30 }), (rs) => {
        const f = engagementIndex(rs.map((r) => items(...r)));
        const scores: number[] = [];
        for (const r of rs) {
          const answered = r.filter((v): v is number => v !== null);
          if (answered.length > 0 && answered.length * 2 >= r.length) {
            scores.push(answered.reduce((a, v) => a + v, 0) / answered.length);
          }
        }
        expect(f.n).toBe(scores.length);
        const sum = scores.reduce((a, v) => a + v, 0);
        const viaMoments = engagementIndexFromMoments(
          { n: scores.length, sum, sumSquares: scores.reduce((a, v) => a + v * v, 0) },
          PULSE_SCALE,
          { skipped: rs.length - scores.length },
        );
        expect(viaMoments.status).toBe(f.status);
        if (f.status !== 'ok') {
          expect(f.parts).toBeNull();
          return;
        }
        const mean = sum / scores.length;
        expect(f.value).toBeCloseTo(mean, 9);
        expect(viaMoments.value).toBeCloseTo(mean, 9);
        const sd = Math.sqrt(scores.reduce((a, v) => a + (v - mean) ** 2, 0) / (scores.length - 1));
        const half = studentTQuantile(0.975, scores.length - 1) * (sd / Math.sqrt(scores.length));
        expect(f.interval?.low).toBeCloseTo(Math.max(1, mean - half), 9);
        expect(f.interval?.high).toBeCloseTo(Math.min(5, mean + half), 9);
      }),
    );
  });
});
