import { describe, expect, it } from 'vitest';
import { EKMAN_GROUPS, EMOTION_LABELS } from '../labels.ts';
import { LABELS_OF_GROUP, ekmanLogit } from './ekman-from-labels.ts';

describe('ekmanLogit', () => {
  it('gives each of the 28 labels to exactly one Ekman group', () => {
    const all = LABELS_OF_GROUP.flat().sort((a, b) => a - b);
    expect(all).toEqual(EMOTION_LABELS.map((_, i) => i));
    expect(LABELS_OF_GROUP[EKMAN_GROUPS.indexOf('neutral')]).toEqual([
      EMOTION_LABELS.indexOf('neutral'),
    ]);
  });

  it('is the group logit alone at weight 0', () => {
    expect(ekmanLogit(1.25, new Float64Array(28).fill(0.9), 3, 0)).toBe(1.25);
  });

  it('blends the group logit with the logit of the noisy-OR of its labels', () => {
    const p = new Float64Array(28);
    const fear = EKMAN_GROUPS.indexOf('fear');
    p[EMOTION_LABELS.indexOf('fear')] = 0.5;
    p[EMOTION_LABELS.indexOf('nervousness')] = 0.5;
    p[EMOTION_LABELS.indexOf('joy')] = 0.99; // another group: no effect
    // noisy-OR 1 − 0.5·0.5 = 0.75, logit ln 3
    expect(ekmanLogit(2, p, fear, 0.25)).toBeCloseTo(0.75 * 2 + 0.25 * Math.log(3), 12);
  });

  it('stays finite when no label of the group is possible', () => {
    const v = ekmanLogit(0, new Float64Array(28), EKMAN_GROUPS.indexOf('disgust'), 0.2);
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeLessThan(-3);
  });
});
