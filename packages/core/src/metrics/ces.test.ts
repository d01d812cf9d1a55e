import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cesFromAnswers, cesFromHistogram } from './ces.ts';
import type { ScoreAnswer } from './histogram.ts';
import { answeredValues, answersOn } from './test-support.ts';

const on = (...values: (number | null)[]): ScoreAnswer[] =>
  values.map((value) => ({ value, scaleMin: 1, scaleMax: 7 }));

describe('CES, hand-computed', () => {
  it('is the mean with a t-interval, and % agree (5–7) with Wilson', () => {
    // 7,6,5,5,4,3,7,6,2,5: mean 5.0, s = 1.632993161855452, t(0.975, 9) = 2.2621571627982
    //   → 5 ± 1.168172935736169 = [3.831827064263831, 6.168172935736169].
    // Agree: 7 of 10 (7,6,5,5,7,6,5) → 70 %, Wilson [39.6773, 89.2211].
    const f = cesFromAnswers(on(7, 6, 5, 5, 4, 3, 7, 6, 2, 5, null));
    expect(f).toMatchObject({ status: 'ok', n: 10, skipped: 1, unit: 'score', metric: 'ces' });
    expect(f.value).toBeCloseTo(5, 12);
    expect(f.interval?.low).toBeCloseTo(3.8318270642638312, 9);
    expect(f.interval?.high).toBeCloseTo(6.168172935736169, 9);
    expect(f.parts?.sd).toBeCloseTo(1.632993161855452, 12);
    expect(f.parts?.agreeMin).toBe(5);
    expect(f.parts?.agree.count).toBe(7);
    expect(f.parts?.agree.share).toBeCloseTo(70, 12);
    expect(f.parts?.agree.interval?.low).toBeCloseTo(39.6773219979565, 9);
  });

  it('clips the t-interval to the scale', () => {
    const f = cesFromAnswers(on(7, 7, 7, 7, 7, 7, 7, 7, 7, 6));
    expect(f.interval?.high).toBe(7);
    expect(f.interval?.low).toBeLessThan(f.value!);
  });

  it('has a zero-width interval when all answers agree exactly', () => {
    const f = cesFromAnswers(on(...Array<number>(10).fill(4)));
    expect(f.value).toBe(4);
    expect(f.interval).toEqual({ low: 4, high: 4 });
    expect(f.parts?.agree.count).toBe(0);
  });

  it('derives the agree cut-off of other scales from the midpoint, or takes it declared', () => {
    const f = cesFromHistogram({ scaleMin: 1, scaleMax: 5, counts: [1, 1, 1, 1, 1] }, { minN: 1 });
    expect(f.parts?.agreeMin).toBe(4);
    expect(f.parts?.agree.count).toBe(2);
    expect(cesFromAnswers(on(6, 7), { minN: 1, agreeMin: 7 }).parts?.agree.count).toBe(1);
    expect(() => cesFromAnswers(on(6), { agreeMin: 0 })).toThrow(/agreement cut-off/);
  });

  it('is too few and empty as it should be', () => {
    expect(cesFromAnswers(on(3))).toMatchObject({
      status: 'too_few',
      value: null,
      interval: null,
      n: 1,
    });
    expect(cesFromAnswers([])).toMatchObject({ status: 'empty', n: 0, scale: { label: '1–7' } });
  });
});

describe('CES, properties', () => {
  it('equals an independent mean and agree count, histogram and raw alike', () => {
    fc.assert(
      fc.property(answersOn(1, 7), (answers) => {
        const f = cesFromAnswers(answers, { minN: 1 });
        const v = answeredValues(answers);
        const counts = [1, 2, 3, 4, 5, 6, 7].map((s) => v.filter((x) => x === s).length);
        const skipped = answers.length - v.length;
        expect(
          cesFromHistogram({ scaleMin: 1, scaleMax: 7, counts, skipped }, { minN: 1 }),
        ).toEqual(f);
        if (v.length === 0) {
          expect(f.status).toBe('empty');
          return;
        }
        expect(f.value).toBeCloseTo(v.reduce((a, x) => a + x, 0) / v.length, 9);
        expect(f.parts?.agree.count).toBe(v.filter((x) => x >= 5).length);
        expect(f.interval!.low).toBeLessThanOrEqual(f.value! + 1e-12);
        expect(f.interval!.high).toBeGreaterThanOrEqual(f.value! - 1e-12);
        expect(f.interval!.low).toBeGreaterThanOrEqual(1);
        expect(f.interval!.high).toBeLessThanOrEqual(7);
      }),
    );
  });
});
