import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csatFromAnswers, csatFromHistogram } from './csat.ts';
import type { ScoreAnswer } from './histogram.ts';
import { studentTQuantile } from './t-distribution.ts';
import { answeredValues, answersOn } from './test-support.ts';

const on = (scaleMin: number, scaleMax: number, ...values: (number | null)[]): ScoreAnswer[] =>
  values.map((value) => ({ value, scaleMin, scaleMax }));

describe('CSAT, hand-computed', () => {
  it('is the top-2-box share on 1–5 with a Wilson interval and the mean beside it', () => {
    // 5,5,4,3,1,2,4,5,5,4: seven 4s and 5s of 10 → 70 %.
    // Wilson(7, 10), z = 1.96: centre (0.7 + 0.19208)/1.38416, half 1.96/1.38416·√(0.021 + 0.009604)
    //   → [0.39677321997956516, 0.892210712513788].
    // Mean 3.8, s = 1.398411797560202, t(0.975, 9) = 2.2621571627982 → [2.79963646, 4.80036354].
    const f = csatFromAnswers(on(1, 5, 5, 5, 4, 3, 1, 2, 4, 5, 5, 4));
    expect(f.status).toBe('ok');
    expect(f.value).toBeCloseTo(70, 12);
    expect(f.unit).toBe('percent');
    expect(f.interval?.low).toBeCloseTo(39.6773219979565, 9);
    expect(f.interval?.high).toBeCloseTo(89.2210712513788, 9);
    expect(f.parts?.topBoxMin).toBe(4);
    expect(f.parts?.topBox.count).toBe(7);
    const mean = f.parts?.mean;
    expect(mean?.value).toBeCloseTo(3.8, 12);
    expect(mean?.parts?.sd).toBeCloseTo(1.398411797560202, 12);
    expect(mean?.interval?.low).toBeCloseTo(2.7996364632244584, 9);
    expect(mean?.interval?.high).toBeCloseTo(4.800363536775541, 9);
  });

  it('uses 9 and 10 as the top box on 1–10, or a declared cut-off', () => {
    const answers = on(1, 10, 10, 9, 8, 10, 7, 1, 9, 9, 10, 10);
    expect(csatFromAnswers(answers).value).toBeCloseTo(70, 12);
    expect(csatFromAnswers(answers, { topBoxMin: 8 }).value).toBeCloseTo(80, 12);
    expect(() => csatFromAnswers(answers, { topBoxMin: 11 })).toThrow(/top-box/);
    expect(() => csatFromAnswers(answers, { topBoxMin: 1 })).toThrow(/top-box/);
  });

  it('never pools 1–5 with another scale', () => {
    expect(() => csatFromAnswers([...on(1, 5, 5), ...on(1, 10, 10)])).toThrow(/cannot be pooled/);
  });

  it('is too few under minN, keeping the count but not the share interval or the mean', () => {
    const f = csatFromAnswers(on(1, 5, 5, 4, 1, null));
    expect(f).toMatchObject({ status: 'too_few', value: null, interval: null, n: 3, skipped: 1 });
    expect(f.parts?.topBox).toMatchObject({ count: 2, interval: null });
    expect(f.parts?.mean).toMatchObject({ status: 'too_few', value: null, interval: null });
  });

  it('gives the whole scale as the mean interval for n = 1, and 0 % with a zero low bound', () => {
    const f = csatFromAnswers(on(1, 5, 2), { minN: 1 });
    expect(f.value).toBe(0);
    expect(f.interval?.low).toBe(0);
    // Wilson(0, 1): high = z²/(1 + z²) = 3.8416/4.8416.
    expect(f.interval?.high).toBeCloseTo((3.8416 / 4.8416) * 100, 9);
    expect(f.parts?.mean.interval).toEqual({ low: 1, high: 5 });
  });

  it('is empty with no answers, on 1–5', () => {
    expect(csatFromAnswers([])).toMatchObject({ status: 'empty', n: 0, scale: { label: '1–5' } });
  });
});

describe('CSAT, properties', () => {
  it('equals an independent count and mean', () => {
    fc.assert(
      fc.property(answersOn(1, 5), fc.integer({ min: 1, max: 12 }), (answers, minN) => {
        const f = csatFromAnswers(answers, { minN });
        const v = answeredValues(answers);
        expect(f.n).toBe(v.length);
        if (f.status !== 'ok') {
          expect(f.value).toBeNull();
          return;
        }
        const top = v.filter((x) => x === 4 || x === 5).length;
        expect(f.value).toBeCloseTo((100 * top) / v.length, 9);
        const mean = v.reduce((a, x) => a + x, 0) / v.length;
        expect(f.parts?.mean.value).toBeCloseTo(mean, 9);
        if (v.length >= 2) {
          const sd = Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / (v.length - 1));
          const half = studentTQuantile(0.975, v.length - 1) * (sd / Math.sqrt(v.length));
          expect(f.parts?.mean.interval?.low).toBeCloseTo(Math.max(1, mean - half), 9);
          expect(f.parts?.mean.interval?.high).toBeCloseTo(Math.min(5, mean + half), 9);
        }
      }),
    );
  });

  it('agrees between raw answers and histogram, with the interval inside [0, 100] around the value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 10, maxLength: 10 }),
        (counts) => {
          const raw: ScoreAnswer[] = counts.flatMap((c, i) =>
            on(1, 10, ...Array<number>(c).fill(i + 1)),
          );
          const h = csatFromHistogram({ scaleMin: 1, scaleMax: 10, counts }, { minN: 1 });
          expect(csatFromAnswers(raw, { minN: 1 })).toEqual(h);
          if (h.status !== 'ok') return;
          expect(h.interval!.low).toBeGreaterThanOrEqual(0);
          expect(h.interval!.high).toBeLessThanOrEqual(100);
          expect(h.interval!.low).toBeLessThanOrEqual(h.value!);
          expect(h.interval!.high).toBeGreaterThanOrEqual(h.value!);
        },
      ),
      { numRuns: 60 },
    );
  });
});
