/**
 * An Ekman group's base-layer logit, blended with what the 28-label heads say about the group.
 *
 * The base layer has a head per Ekman group, trained on the grouping directly, and a head per
 * label. The labels' evidence for a group is the noisy-OR of its labels' calibrated
 * probabilities, P(some label of the group) = 1 − Π(1 − p_label); the group's logit becomes
 * (1 − w)·z_group + w·logit(noisy-OR), and the group's Platt scaling and threshold are fitted on
 * that blended logit (scripts/lib/base-layer.ts). w = 0 is the group head alone.
 */
import { EKMAN_GROUPS, EKMAN_OF, EMOTION_LABELS } from '../labels.ts';

/** The label indices (into EMOTION_LABELS) of each Ekman group, in EKMAN_GROUPS order. */
export const LABELS_OF_GROUP: readonly (readonly number[])[] = EKMAN_GROUPS.map((g) =>
  EMOTION_LABELS.flatMap((l, i) => (EKMAN_OF[l] === g ? [i] : [])),
);

/** Keeps the logit of the noisy-OR finite when a label is certain either way. */
const EPS = 1e-9;

/**
 * The blended logit of Ekman group `group` (an index into EKMAN_GROUPS), from the group head's
 * raw logit and the calibrated probabilities of the 28 labels.
 */
export function ekmanLogit(
  zGroup: number,
  labelP: ArrayLike<number>,
  group: number,
  weight: number,
): number {
  if (weight === 0) return zGroup;
  let none = 1;
  for (const l of LABELS_OF_GROUP[group] ?? []) none *= 1 - (labelP[l] ?? 0);
  const p = Math.min(1 - EPS, Math.max(EPS, 1 - none));
  return (1 - weight) * zGroup + weight * Math.log(p / (1 - p));
}
