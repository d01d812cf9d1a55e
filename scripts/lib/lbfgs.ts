/**
 * L-BFGS (two-loop recursion, Armijo backtracking) for smooth convex objectives. Deterministic:
 * no randomness, fixed iteration count or tolerance.
 */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsSettings {
  maxIterations: number;
  memory: number;
  /** Stop when the relative decrease of the objective falls below this. */
  tolerance: number;
  log?: (iteration: number, value: number) => void;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

export function minimize(f: Objective, x0: Float64Array, s: LbfgsSettings): Float64Array {
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = f(x, g);
  const sHist: Float64Array[] = [];
  const yHist: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const alpha = new Float64Array(s.memory);
  for (let iter = 0; iter < s.maxIterations; iter++) {
    // two-loop recursion: d = -H g
    d.set(g);
    for (let i = sHist.length - 1; i >= 0; i--) {
      const a = (rho[i] ?? 0) * dot(sHist[i] as Float64Array, d);
      alpha[i] = a;
      const yi = yHist[i] as Float64Array;
      for (let j = 0; j < n; j++) d[j] = (d[j] ?? 0) - a * (yi[j] ?? 0);
    }
    const last = sHist.length - 1;
    const gamma =
      last >= 0
        ? dot(sHist[last] as Float64Array, yHist[last] as Float64Array) /
          dot(yHist[last] as Float64Array, yHist[last] as Float64Array)
        : 1 / Math.max(1e-12, Math.sqrt(dot(g, g)));
    for (let j = 0; j < n; j++) d[j] = (d[j] ?? 0) * gamma;
    for (let i = 0; i < sHist.length; i++) {
      const b = (rho[i] ?? 0) * dot(yHist[i] as Float64Array, d);
      const si = sHist[i] as Float64Array;
      const a = alpha[i] ?? 0;
      for (let j = 0; j < n; j++) d[j] = (d[j] ?? 0) + (a - b) * (si[j] ?? 0);
    }
    for (let j = 0; j < n; j++) d[j] = -(d[j] ?? 0);
    let slope = dot(g, d);
    if (slope >= 0) {
      // not a descent direction: restart from steepest descent
      sHist.length = yHist.length = rho.length = 0;
      for (let j = 0; j < n; j++) d[j] = -(g[j] ?? 0) / Math.max(1e-12, Math.sqrt(dot(g, g)));
      slope = dot(g, d);
    }
    let step = 1;
    const xNew = new Float64Array(n);
    const gNew = new Float64Array(n);
    let fNew = fx;
    for (let ls = 0; ls < 30; ls++) {
      for (let j = 0; j < n; j++) xNew[j] = (x[j] ?? 0) + step * (d[j] ?? 0);
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const sv = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      sv[j] = (xNew[j] ?? 0) - (x[j] ?? 0);
      yv[j] = (gNew[j] ?? 0) - (g[j] ?? 0);
    }
    const sy = dot(sv, yv);
    if (sy > 1e-12) {
      if (sHist.length === s.memory) {
        sHist.shift();
        yHist.shift();
        rho.shift();
      }
      sHist.push(sv);
      yHist.push(yv);
      rho.push(1 / sy);
    }
    const rel = Math.abs(fx - fNew) / Math.max(1, Math.abs(fx));
    x = xNew;
    g = gNew;
    fx = fNew;
    s.log?.(iter, fx);
    if (rel < s.tolerance) break;
  }
  return x;
}
