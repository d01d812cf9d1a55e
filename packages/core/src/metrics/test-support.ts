// Shared fast-check arbitraries for the metric tests (not a test file itself).
import fc from 'fast-check';
import type { ScoreAnswer } from './histogram.ts';

/** Raw answers on one scale: integers in range, skips (null) and the odd non-integer. */
export function answersOn(
  scaleMin: number,
  scaleMax: number,
  maxLength = 80,
): fc.Arbitrary<ScoreAnswer[]> {
  const value = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: scaleMin, max: scaleMax }) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.double({ min: scaleMin, max: scaleMax, noNaN: true }) },
  );
  return fc.array(
    value.map((v) => ({ value: v, scaleMin, scaleMax })),
    { maxLength },
  );
}

/** The answered integer values, found without the module's histogram code. */
export function answeredValues(answers: readonly ScoreAnswer[]): number[] {
  const out: number[] = [];
  for (const a of answers)
    if (typeof a.value === 'number' && Math.round(a.value) === a.value) out.push(a.value);
  return out;
}
