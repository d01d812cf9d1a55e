/** Streaming F1 counters: add one example at a time, read macro- and micro-F1 at the end. */

export interface ClassScore {
  f1: number;
  precision: number;
  recall: number;
  /** Gold examples of the class. */
  support: number;
}

export interface GroupScore {
  n: number;
  /** Mean F1 over the classes with at least one gold example. */
  macroF1: number;
  /** F1 over all (example, class) decisions pooled; for one-label data it is the accuracy. */
  microF1: number;
  perClass: Record<string, ClassScore>;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const f1Of = (c: Counts) =>
  2 * c.tp + c.fp + c.fn === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);

export class F1Counter {
  private readonly counts = new Map<string, Counts>();
  private n = 0;

  constructor(private readonly classes: readonly string[]) {
    for (const c of classes) this.counts.set(c, { tp: 0, fp: 0, fn: 0 });
  }

  add(gold: readonly string[], predicted: readonly string[]): void {
    this.n++;
    for (const [name, c] of this.counts) {
      const g = gold.includes(name);
      const p = predicted.includes(name);
      if (g && p) c.tp++;
      else if (p) c.fp++;
      else if (g) c.fn++;
    }
  }

  score(): GroupScore {
    const perClass: Record<string, ClassScore> = {};
    const all: Counts = { tp: 0, fp: 0, fn: 0 };
    const present: number[] = [];
    for (const name of this.classes) {
      const c = this.counts.get(name) ?? { tp: 0, fp: 0, fn: 0 };
      const support = c.tp + c.fn;
      const f1 = f1Of(c);
      perClass[name] = {
        f1,
        precision: c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp),
        recall: support === 0 ? 0 : c.tp / support,
        support,
      };
      if (support > 0) present.push(f1);
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
    }
    const macroF1 = present.length === 0 ? 0 : present.reduce((a, b) => a + b, 0) / present.length;
    return { n: this.n, macroF1, microF1: f1Of(all), perClass };
  }
}
