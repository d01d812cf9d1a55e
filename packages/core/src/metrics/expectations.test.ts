import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectationsFromAnswers,
  expectationsFromCounts,
  type ExpectationAnswer,
} from './expectations.ts';

describe('expectations, hand-computed', () => {
  it('gives shares with Wilson intervals and net = %exceeded − %failed', () => {
    // 45 exceeded, 10 met, 5 failed of 60: net = 75 − 8.333… = 66.666…
    // MOE = 1.96·√((0.75 + 1/12 − (0.75 − 1/12)²)/60)·100 = 1.96·√(0.3888…/60)·100 = 15.7795…
    const f = expectationsFromCounts({ failed: 5, met: 10, exceeded: 45 });
    expect(f.status).toBe('ok');
    expect(f.value).toBeCloseTo(200 / 3, 10);
    const moe = 1.96 * Math.sqrt((0.75 + 1 / 12 - (0.75 - 1 / 12) ** 2) / 60) * 100;
    expect(moe).toBeCloseTo(15.7795, 3);
    expect(f.interval?.low).toBeCloseTo(200 / 3 - moe, 9);
    expect(f.interval?.high).toBeCloseTo(200 / 3 + moe, 9);
    // Wilson(45, 60) = [0.6276768905451521, 0.8422361442158816].
    expect(f.parts?.exceeded.share).toBeCloseTo(75, 12);
    expect(f.parts?.exceeded.interval?.low).toBeCloseTo(62.7676890545152, 9);
    expect(f.parts?.exceeded.interval?.high).toBeCloseTo(84.2236144215882, 9);
    expect(f.parts?.met.count).toBe(10);
    expect(f.scale).toBeNull();
  });

  it('counts raw answers, skipping nulls', () => {
    const f = expectationsFromAnswers(['exceeded', null, 'failed', 'met', 'exceeded'], { minN: 1 });
    expect(f).toMatchObject({ n: 4, skipped: 1, status: 'ok' });
    expect(f.value).toBeCloseTo(25, 12);
  });

  it('is too few, empty, and refuses bad counts', () => {
    expect(expectationsFromAnswers(['met'])).toMatchObject({
      status: 'too_few',
      value: null,
      n: 1,
    });
    expect(expectationsFromAnswers([])).toMatchObject({ status: 'empty', n: 0 });
    expect(() => expectationsFromCounts({ failed: -1, met: 0, exceeded: 0 })).toThrow(/failed/);
  });
});

describe('expectations, properties', () => {
  it('equals an independent tally, and counts and raw answers agree', () => {
    const answer = fc.constantFrom<ExpectationAnswer | null>('failed', 'met', 'exceeded', null);
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 60 }), (answers) => {
        const f = expectationsFromAnswers(answers, { minN: 1 });
        let e = 0;
        let fl = 0;
        let n = 0;
        for (const a of answers) {
          if (a === null) continue;
          n++;
          if (a === 'exceeded') e++;
          if (a === 'failed') fl++;
        }
        expect(f.n).toBe(n);
        expect(
          expectationsFromCounts(
            { failed: fl, met: n - e - fl, exceeded: e, skipped: answers.length - n },
            { minN: 1 },
          ),
        ).toEqual(f);
        if (n === 0) return;
        expect(f.value).toBeCloseTo((100 * (e - fl)) / n, 9);
        const shares =
          (f.parts?.failed.share ?? 0) + (f.parts?.met.share ?? 0) + (f.parts?.exceeded.share ?? 0);
        expect(shares).toBeCloseTo(100, 9);
        expect(f.interval!.low).toBeGreaterThanOrEqual(-100);
        expect(f.interval!.high).toBeLessThanOrEqual(100);
      }),
    );
  });
});
