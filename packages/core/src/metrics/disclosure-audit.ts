/**
 * Linear disclosure audit for cell suppression: which hidden cells can be recovered exactly from
 * the shown ones through the additive relations of a table (a total equals the sum of its parts)?
 * Any additive result — a count, a count of promoters, a sum of scores — obeys the same relations,
 * so a hidden cell that is determined here could be read off by difference.
 */

/** One additive relation: Σ coef·cell = 0 (e.g. total − Σ members = 0). */
export interface LinearRelation {
  terms: readonly { cell: string; coef: number }[];
}

const EPS = 1e-9;

/**
 * The hidden cells whose value is uniquely determined by the relations once every shown cell is
 * known: reduce the relations restricted to the hidden cells to row echelon form; a hidden cell is
 * determined exactly when its column is a pivot whose row has no entry in any free column.
 */
export function determinedHiddenCells(
  relations: readonly LinearRelation[],
  hidden: ReadonlySet<string>,
): Set<string> {
  const cols = [...hidden].sort();
  const index = new Map(cols.map((c, i) => [c, i] as const));
  const rows: number[][] = [];
  for (const r of relations) {
    const row = new Array<number>(cols.length).fill(0);
    let any = false;
    for (const t of r.terms) {
      const j = index.get(t.cell);
      if (j === undefined) continue;
      row[j] = (row[j] ?? 0) + t.coef;
      any = true;
    }
    if (any) rows.push(row);
  }
  const pivotRowOfCol = new Map<number, number[]>();
  let r = 0;
  for (let c = 0; c < cols.length && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) {
      if (Math.abs(rows[i]?.[c] ?? 0) > Math.abs(rows[best]?.[c] ?? 0)) best = i;
    }
    const pivotRow = rows[best];
    if (!pivotRow || Math.abs(pivotRow[c] ?? 0) < EPS) continue;
    rows[best] = rows[r] ?? [];
    rows[r] = pivotRow;
    const pv = pivotRow[c] ?? 1;
    for (let j = 0; j < cols.length; j++) pivotRow[j] = (pivotRow[j] ?? 0) / pv;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (i === r || !row) continue;
      const f = row[c] ?? 0;
      if (Math.abs(f) < EPS) continue;
      for (let j = 0; j < cols.length; j++) row[j] = (row[j] ?? 0) - f * (pivotRow[j] ?? 0);
    }
    pivotRowOfCol.set(c, pivotRow);
    r++;
  }
  const out = new Set<string>();
  for (const [c, row] of pivotRowOfCol) {
    const onlyPivot = row.every((v, j) => j === c || pivotRowOfCol.has(j) || Math.abs(v) < EPS);
    const name = cols[c];
    if (onlyPivot && name !== undefined) out.add(name);
  }
  return out;
}
