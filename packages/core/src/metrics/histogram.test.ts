import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import {
  countBetween,
  emptyHistogram,
  histogramFromAnswers,
  histogramTotal,
  mergeHistograms,
  type ScoreAnswer,
} from './histogram.ts';
import { momentsFromHistogram, momentsSd } from './moments.ts';
import { answeredValues, answersOn } from './test-support.ts';

const on = (scaleMin: number, scaleMax: number, ...values: (number | null)[]): ScoreAnswer[] =>
  values.map((value) => ({ value, scaleMin, scaleMax }));

describe('histogramFromAnswers', () => {
  it('counts integer answers and leaves skips and non-integers out of the denominator', () => {
    const h = histogramFromAnswers(on(1, 5, 5, 4, null, 4.5, NaN, 1, 5), { min: 1, max: 5 });
    expect(h.counts).toEqual([1, 0, 0, 1, 2]);
    expect(h.skipped).toBe(3);
    expect(histogramTotal(h)).toBe(4);
  });

  it('refuses mixed scales, including 0–10 with 1–10 and skipped answers', () => {
    expect(() =>
      histogramFromAnswers([...on(0, 10, 9), ...on(1, 10, 9)], { min: 0, max: 10 }),
    ).toThrow(DomainError);
    expect(() =>
      histogramFromAnswers([...on(1, 5, 4), ...on(1, 10, null)], { min: 1, max: 5 }),
    ).toThrow(/cannot be pooled/);
  });

  it('refuses an integer outside its scale and a malformed scale', () => {
    expect(() => histogramFromAnswers(on(1, 10, 0), { min: 0, max: 10 })).toThrow(/outside/);
    expect(() => histogramFromAnswers(on(5, 1, 3), { min: 0, max: 10 })).toThrow(/min < max/);
  });

  it('uses the fallback scale when there are no answers', () => {
    expect(histogramFromAnswers([], { min: 1, max: 7 })).toEqual({
      scaleMin: 1,
      scaleMax: 7,
      counts: [0, 0, 0, 0, 0, 0, 0],
      skipped: 0,
    });
  });

  it('agrees with a plain count per value (property)', () => {
    fc.assert(
      fc.property(answersOn(1, 7), (answers) => {
        const h = histogramFromAnswers(answers, { min: 1, max: 7 });
        const values = answeredValues(answers);
        for (let s = 1; s <= 7; s++)
          expect(h.counts[s - 1]).toBe(values.filter((v) => v === s).length);
        expect(h.skipped).toBe(answers.length - values.length);
        expect(countBetween(h, 5, 7)).toBe(values.filter((v) => v >= 5).length);
      }),
    );
  });
});

describe('mergeHistograms and moments', () => {
  it('adds counts of one scale and refuses another', () => {
    const a = { scaleMin: 1, scaleMax: 5, counts: [1, 2, 3, 4, 5], skipped: 1 };
    const b = { scaleMin: 1, scaleMax: 5, counts: [5, 4, 3, 2, 1] };
    expect(mergeHistograms([a, b], { min: 1, max: 5 })).toEqual({
      scaleMin: 1,
      scaleMax: 5,
      counts: [6, 6, 6, 6, 6],
      skipped: 1,
    });
    expect(() =>
      mergeHistograms([a, emptyHistogram({ min: 1, max: 7 })], { min: 1, max: 5 }),
    ).toThrow(/cannot be pooled/);
    expect(() =>
      mergeHistograms([{ scaleMin: 1, scaleMax: 5, counts: [1, 2] }], { min: 1, max: 5 }),
    ).toThrow(/needs 5 counts/);
    expect(() =>
      mergeHistograms([{ scaleMin: 1, scaleMax: 5, counts: [1, 2, 3, 4, -1] }], { min: 1, max: 5 }),
    ).toThrow(/≥ 0/);
  });

  it('computes n, Σx, Σx² and the sample sd (hand-checked)', () => {
    // Scores 1, 3, 3, 5: mean 3, Σ(x − 3)² = 4 + 0 + 0 + 4 = 8, s = √(8/3).
    const m = momentsFromHistogram({ scaleMin: 1, scaleMax: 5, counts: [1, 0, 2, 0, 1] });
    expect(m).toEqual({ n: 4, sum: 12, sumSquares: 44 });
    expect(momentsSd(m)).toBeCloseTo(Math.sqrt(8 / 3), 14);
  });
});
