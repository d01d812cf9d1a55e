/** Medians over repeated runs, with the spread and a warning when runs disagree by > 20 %. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number[];
  /** (max − min) / median > 0.2 */
  unstable: boolean;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i] as number;
}

export function summarize(runs: readonly number[]): Summary {
  const m = median(runs);
  const min = Math.min(...runs);
  const max = Math.max(...runs);
  return {
    median: m,
    min,
    max,
    runs: [...runs],
    unstable: m !== 0 && (max - min) / Math.abs(m) > 0.2,
  };
}

export async function repeat(n: number, fn: (i: number) => Promise<number>): Promise<Summary> {
  const runs: number[] = [];
  for (let i = 0; i < n; i++) runs.push(await fn(i));
  return summarize(runs);
}
