import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.ts';
import type { ScoreAnswer } from './histogram.ts';
import { npsFromAnswers, npsFromHistogram, npsMarginOfError } from './nps.ts';
import { answeredValues, answersOn } from './test-support.ts';

const on = (scaleMin: number, scaleMax: number, ...values: (number | null)[]): ScoreAnswer[] =>
  values.map((value) => ({ value, scaleMin, scaleMax }));

describe('NPS, hand-computed', () => {
  it('computes %promoters − %detractors and DESIGN.md margin of error', () => {
    // 5 promoters (10, 10, 9, 9, 10), 2 passives (8, 7), 3 detractors (6, 5, 0): NPS = 50 − 30 = 20.
    // MOE = 1.96·√((0.5 + 0.3 − 0.2²)/10)·100 = 1.96·√0.076·100 = 54.033471108193666.
    const f = npsFromAnswers(on(0, 10, 10, 10, 9, 8, 7, 6, 5, 0, 9, 10));
    expect(f.status).toBe('ok');
    expect(f.value).toBeCloseTo(20, 12);
    expect(f.n).toBe(10);
    expect(f.parts).toEqual({
      promoters: 5,
      passives: 2,
      detractors: 3,
      promoterShare: 50,
      passiveShare: 20,
      detractorShare: 30,
    });
    expect(f.interval?.low).toBeCloseTo(20 - 54.033471108193666, 9);
    expect(f.interval?.high).toBeCloseTo(20 + 54.033471108193666, 9);
    expect(f.unit).toBe('points');
    expect(f.scale?.label).toBe('0–10');
  });

  it('gives 0 with a zero-width interval when everyone is a passive', () => {
    const f = npsFromAnswers(on(0, 10, ...Array<number>(12).fill(7), 8, 8));
    expect(f.value).toBe(0);
    expect(f.interval).toEqual({ low: 0, high: 0 });
    expect(f.parts?.passives).toBe(14);
  });

  it('clips the interval at +100 (all promoters and nearly so)', () => {
    const all = npsFromAnswers(on(0, 10, ...Array<number>(10).fill(10)));
    expect(all.value).toBe(100);
    expect(all.interval).toEqual({ low: 100, high: 100 });
    // 19 promoters, 1 passive: 95 ± 1.96·√((0.95 − 0.9025)/20)·100 = 95 ± 9.551858 → [85.448142, 100].
    const near = npsFromAnswers(on(0, 10, ...Array<number>(19).fill(9), 8));
    expect(near.value).toBeCloseTo(95, 12);
    expect(near.interval?.low).toBeCloseTo(95 - 1.96 * Math.sqrt(0.0475 / 20) * 100, 9);
    expect(near.interval?.low).toBeCloseTo(85.448142, 6);
    expect(near.interval?.high).toBe(100);
  });

  it('clips at −100 too', () => {
    const f = npsFromAnswers(on(0, 10, ...Array<number>(19).fill(3), 7));
    expect(f.value).toBeCloseTo(-95, 12);
    expect(f.interval?.low).toBe(-100);
  });

  it('reports n = 1 as too few but keeps the counts; with minN 1 it is −100', () => {
    const f = npsFromAnswers(on(1, 10, 1));
    expect(f).toMatchObject({ status: 'too_few', value: null, interval: null, n: 1, minN: 10 });
    expect(f.parts).toMatchObject({ detractors: 1, detractorShare: 100, promoters: 0 });
    const one = npsFromAnswers(on(1, 10, 1), { minN: 1 });
    expect(one.value).toBe(-100);
    expect(one.interval).toEqual({ low: -100, high: -100 });
  });

  it('leaves skipped and non-integer answers out of the denominator', () => {
    const f = npsFromAnswers(on(0, 10, 10, null, 9.5, 0, null), { minN: 2 });
    expect(f.n).toBe(2);
    expect(f.skipped).toBe(3);
    expect(f.value).toBe(0);
  });

  it('takes a 1–10 scale with the same cut-offs, flagged by its scale', () => {
    const f = npsFromAnswers(on(1, 10, 9, 10, 8, 7, 6, 1, 1, 10, 9, 9));
    expect(f.scale).toEqual({ min: 1, max: 10, label: '1–10' });
    expect(f.parts).toMatchObject({ promoters: 5, passives: 2, detractors: 3 });
    expect(f.value).toBeCloseTo(20, 12);
  });

  it('refuses to pool 0–10 with 1–10, and non-NPS scales', () => {
    try {
      npsFromAnswers([...on(0, 10, 9), ...on(1, 10, 9)]);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('validation');
    }
    expect(() => npsFromAnswers(on(1, 5, 5))).toThrow(/0–10/);
  });

  it('is empty with no answers', () => {
    const f = npsFromAnswers([]);
    expect(f).toMatchObject({ status: 'empty', value: null, n: 0, interval: null });
    expect(f.scale?.label).toBe('0–10');
  });

  it('refuses a minN that is not a positive integer', () => {
    expect(() => npsFromAnswers([], { minN: 0 })).toThrow(/minN/);
    expect(() => npsFromAnswers([], { minN: 2.5 })).toThrow(/minN/);
  });
});

describe('NPS, properties', () => {
  const scale = fc.constantFrom(0, 1);

  it('equals an independent count of promoters and detractors, with the MOE of DESIGN.md', () => {
    fc.assert(
      fc.property(
        scale.chain((min) => answersOn(min, 10)),
        fc.integer({ min: 1, max: 20 }),
        (answers, minN) => {
          const f = npsFromAnswers(answers, { minN });
          const values = answeredValues(answers);
          let p = 0;
          let d = 0;
          for (const v of values) {
            if (v >= 9) p++;
            else if (v <= 6) d++;
          }
          const n = values.length;
          expect(f.n).toBe(n);
          expect(f.parts?.promoters).toBe(p);
          expect(f.parts?.detractors).toBe(d);
          expect(f.status).toBe(n === 0 ? 'empty' : n < minN ? 'too_few' : 'ok');
          if (f.status !== 'ok') {
            expect(f.value).toBeNull();
            return;
          }
          const nps = ((p - d) * 100) / n;
          expect(f.value).toBeCloseTo(nps, 9);
          const moe = 1.96 * Math.sqrt((p / n + d / n - ((p - d) / n) ** 2) / n) * 100;
          expect(f.interval?.low).toBeCloseTo(Math.max(-100, nps - moe), 9);
          expect(f.interval?.high).toBeCloseTo(Math.min(100, nps + moe), 9);
        },
      ),
    );
  });

  it('gives the same figure from a histogram built elsewhere as from raw answers', () => {
    fc.assert(
      fc.property(
        scale.chain((min) => answersOn(min, 10)),
        (answers) => {
          const min = answers[0]?.scaleMin ?? 0;
          const counts = new Array<number>(11 - min).fill(0);
          let skipped = 0;
          for (const a of answers) {
            if (a.value !== null && Number.isInteger(a.value)) counts[a.value - min]! += 1;
            else skipped += 1;
          }
          const fromHistogram = npsFromHistogram(
            { scaleMin: min, scaleMax: 10, counts, skipped },
            { minN: 1 },
          );
          expect(npsFromAnswers(answers, { minN: 1 })).toEqual(fromHistogram);
        },
      ),
    );
  });

  it('stays in [−100, 100] with an interval that contains it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 11, maxLength: 11 }),
        (counts) => {
          const f = npsFromHistogram({ scaleMin: 0, scaleMax: 10, counts }, { minN: 1 });
          fc.pre(f.status === 'ok');
          const v = f.value ?? NaN;
          expect(v).toBeGreaterThanOrEqual(-100);
          expect(v).toBeLessThanOrEqual(100);
          expect(f.interval!.low).toBeLessThanOrEqual(v);
          expect(f.interval!.high).toBeGreaterThanOrEqual(v);
          expect(f.interval!.low).toBeGreaterThanOrEqual(-100);
          expect(f.interval!.high).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('has a margin of error shrinking like 1/√n', () => {
    expect(npsMarginOfError(0.5, 0.3, 40) * 2).toBeCloseTo(npsMarginOfError(0.5, 0.3, 10), 12);
  });
});
