/**
 * The cx/ train/dev split: 80/20, stratified on sentiment and every signal label, with a fixed
 * seed. Rows are grouped by stratum (groups in sorted key order), shuffled inside their group,
 * and every fifth row of that order goes to dev: each stratum keeps its share to within a row.
 */
import type { CxExample } from './data.ts';
import { rng, shuffle } from './rng.ts';

export const CX_SPLIT_SEED = 20240611;
export const CX_DEV_EVERY = 5;

export function stratum(r: CxExample): string {
  return [r.sentiment, r.praise, r.churn_risk, r.effort, r.humour, r.escalation_request].join('|');
}

export function splitCx(
  rows: readonly CxExample[],
  seed = CX_SPLIT_SEED,
): { train: CxExample[]; dev: CxExample[] } {
  const groups = new Map<string, CxExample[]>();
  for (const r of rows) {
    const key = stratum(r);
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  const next = rng(seed);
  const ordered = [...groups.keys()]
    .sort()
    .flatMap((k) => shuffle([...(groups.get(k) ?? [])], next));
  const train: CxExample[] = [];
  const dev: CxExample[] = [];
  ordered.forEach((r, i) => (i % CX_DEV_EVERY === CX_DEV_EVERY - 1 ? dev : train).push(r));
  const byId = (a: CxExample, b: CxExample) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { train: train.sort(byId), dev: dev.sort(byId) };
}
