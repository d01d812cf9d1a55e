/**
 * Platt scaling (p = σ(a·z + b), fitted by damped Newton with Platt's smoothed targets) and
 * F1-optimal thresholds, both fitted on held-out scores only.
 */
import { sigmoid } from './sgd.ts';

/** Platt's objective with his smoothed targets, plus a small L2 on (a, b) so separable data stays finite. */
function plattLoss(z: readonly number[], t: readonly number[], a: number, b: number): number {
  let loss = 1e-3 * (a * a + b * b);
  z.forEach((zi, i) => {
    const s = a * zi + b;
    const ti = t[i] ?? 0;
    // −[t log σ(s) + (1 − t) log(1 − σ(s))], stably
    loss += (s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s))) - ti * s;
  });
  return loss;
}

export function fitPlatt(z: readonly number[], y: readonly number[]): [number, number] {
  const pos = y.filter((v) => v === 1).length;
  const neg = y.length - pos;
  if (pos === 0 || neg === 0) return [1, 0];
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const t = y.map((v) => (v === 1 ? hi : lo));
  let a = 1;
  let b = 0;
  let f = plattLoss(z, t, a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 2e-3 * a;
    let gb = 2e-3 * b;
    let haa = 2e-3;
    let hab = 0;
    let hbb = 2e-3;
    z.forEach((zi, i) => {
      const p = sigmoid(a * zi + b);
      const d = p - (t[i] ?? 0);
      const w = p * (1 - p);
      ga += d * zi;
      gb += d;
      haa += w * zi * zi;
      hab += w * zi;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (!(det > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let improved = false;
    for (let ls = 0; ls < 30; ls++) {
      const fNew = plattLoss(z, t, a - step * da, b - step * db);
      if (fNew <= f) {
        a -= step * da;
        b -= step * db;
        improved = f - fNew > 1e-12;
        f = fNew;
        break;
      }
      step /= 2;
    }
    if (!improved) break;
  }
  return [a, b];
}

/** Solves the 3×3 system H·d = g (Gaussian elimination with pivoting); null when singular. */
function solve3(h: number[][], g: number[]): number[] | null {
  const a = h.map((row, i) => [...row, g[i] ?? 0]);
  for (let c = 0; c < 3; c++) {
    let piv = c;
    for (let r = c + 1; r < 3; r++)
      if (Math.abs(a[r]?.[c] ?? 0) > Math.abs(a[piv]?.[c] ?? 0)) piv = r;
    const tmp = a[c] ?? [];
    a[c] = a[piv] ?? [];
    a[piv] = tmp;
    const p = a[c]?.[c] ?? 0;
    if (Math.abs(p) < 1e-12) return null;
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = (a[r]?.[c] ?? 0) / p;
      for (let k = c; k < 4; k++) (a[r] as number[])[k] = (a[r]?.[k] ?? 0) - f * (a[c]?.[k] ?? 0);
    }
  }
  return [0, 1, 2].map((i) => (a[i]?.[3] ?? 0) / (a[i]?.[i] ?? 1));
}

/**
 * Platt scaling with a rule score beside the logit: p = σ(a·z + b + c·r), by Newton's method
 * on the same smoothed targets and small L2 as fitPlatt. Returns [a, b, c].
 */
export function fitPlattWithRule(
  z: readonly number[],
  r: readonly number[],
  y: readonly number[],
): [number, number, number] {
  const pos = y.filter((v) => v === 1).length;
  const neg = y.length - pos;
  if (pos === 0 || neg === 0) return [1, 0, 0];
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const w = [1, 0, 0];
  for (let iter = 0; iter < 100; iter++) {
    const g = w.map((v) => 2e-3 * v);
    const h = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? 2e-3 : 0)));
    z.forEach((zi, i) => {
      const x = [zi, 1, r[i] ?? 0];
      const p = sigmoid((w[0] ?? 0) * zi + (w[1] ?? 0) + (w[2] ?? 0) * (x[2] ?? 0));
      const d = p - (y[i] === 1 ? hi : lo);
      for (let a = 0; a < 3; a++) {
        g[a] = (g[a] ?? 0) + d * (x[a] ?? 0);
        for (let b = 0; b < 3; b++)
          (h[a] as number[])[b] = (h[a]?.[b] ?? 0) + p * (1 - p) * (x[a] ?? 0) * (x[b] ?? 0);
      }
    });
    const step = solve3(h, g);
    if (!step) break;
    step.forEach((s, k) => (w[k] = (w[k] ?? 0) - s));
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return [w[0] ?? 1, w[1] ?? 0, w[2] ?? 0];
}

/**
 * The threshold on p in [0.01, 0.95] (step 0.01) that maximizes F1; ties go to the lower one.
 * Rare labels (grief, relief) need cut-offs below 0.05.
 */
export function bestThreshold(p: readonly number[], y: readonly number[]): number {
  let best = 0.5;
  let bestF = -1;
  for (let k = 1; k <= 95; k++) {
    const t = k / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    p.forEach((pi, i) => {
      const pred = pi >= t;
      const gold = y[i] === 1;
      if (pred && gold) tp++;
      else if (pred) fp++;
      else if (gold) fn++;
    });
    const f = 2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f > bestF + 1e-12) {
      bestF = f;
      best = t;
    }
  }
  return best;
}
