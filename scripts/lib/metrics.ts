/** F1 scores for multi-label and single-label predictions. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function f1(c: Counts): number {
  const d = 2 * c.tp + c.fp + c.fn;
  return d === 0 ? 0 : (2 * c.tp) / d;
}

/** Per-class counts from gold and predicted sets of class indices. */
export function countSets(gold: readonly (readonly number[])[], pred: readonly (readonly number[])[], classes: number): Counts[] {
  const counts = Array.from({ length: classes }, () => ({ tp: 0, fp: 0, fn: 0 }));
  gold.forEach((g, i) => {
    const p = pred[i] ?? [];
    for (let c = 0; c < classes; c++) {
      const inG = g.includes(c);
      const inP = p.includes(c);
      const k = counts[c];
      if (!k) continue;
      if (inG && inP) k.tp++;
      else if (inP) k.fp++;
      else if (inG) k.fn++;
    }
  });
  return counts;
}

export interface F1Report {
  macro: number;
  micro: number;
  perClass: number[];
  /** Classes with at least one gold example: the macro average runs over these. */
  support: number[];
}

export function f1Report(gold: readonly (readonly number[])[], pred: readonly (readonly number[])[], classes: number): F1Report {
  const counts = countSets(gold, pred, classes);
  const support = counts.map((c) => c.tp + c.fn);
  const perClass = counts.map(f1);
  const present = perClass.filter((_, i) => (support[i] ?? 0) > 0);
  const sum = counts.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    macro: present.length === 0 ? 0 : present.reduce((a, b) => a + b, 0) / present.length,
    micro: f1(sum),
    perClass,
    support,
  };
}

export function accuracy(gold: readonly number[], pred: readonly number[]): number {
  if (gold.length === 0) return 0;
  return gold.filter((g, i) => g === pred[i]).length / gold.length;
}

/** F1 of one binary decision. */
export function binaryF1(gold: readonly boolean[], pred: readonly boolean[]): number {
  const c = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((g, i) => {
    const p = pred[i] ?? false;
    if (g && p) c.tp++;
    else if (p) c.fp++;
    else if (g) c.fn++;
  });
  return f1(c);
}
