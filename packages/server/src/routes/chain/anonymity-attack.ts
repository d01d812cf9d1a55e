/**
 * Test support: an attacker who collects every pulse figure the API showed and tries to derive a
 * smaller group by linear combination (totals minus parts, month minus month, …). Atoms are the
 * finest groups the data has (survey, month, team or manager); every shown cell is a known sum of
 * atoms — its n, and with n its sum of scores. An atom is recoverable iff its indicator vector lies
 * in the row space of the shown cells' indicators.
 */

export interface Atom {
  survey: string;
  month: string;
  group: string;
  n: number;
}

export interface ShownCell {
  survey: string;
  /** A month "2026-08" or a quarter "2026-Q3". */
  period: string;
  /** A team or manager id, or '*' for everyone. */
  group: string;
  n: number;
  /** Where it was seen, for the failure message. */
  via: string;
}

const quarterOf = (month: string) =>
  `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

export const covers = (c: Omit<ShownCell, 'n' | 'via'>, a: Atom): boolean =>
  c.survey === a.survey &&
  (c.period === a.month || c.period === quarterOf(a.month)) &&
  (c.group === '*' || c.group === a.group);

function inRowSpace(rows: number[][], v: number[]): boolean {
  const width = v.length;
  const basis: Array<{ col: number; row: number[] }> = [];
  for (const src of rows) {
    const r = [...src];
    for (const b of basis) {
      const f = r[b.col] ?? 0;
      if (f !== 0) for (let j = 0; j < width; j++) r[j] = (r[j] ?? 0) - f * (b.row[j] ?? 0);
    }
    const col = r.findIndex((x) => Math.abs(x) > 1e-9);
    if (col < 0) continue;
    const p = r[col] ?? 1;
    for (let j = 0; j < width; j++) r[j] = (r[j] ?? 0) / p;
    for (const b of basis) {
      const f = b.row[col] ?? 0;
      if (f !== 0) for (let j = 0; j < width; j++) b.row[j] = (b.row[j] ?? 0) - f * (r[j] ?? 0);
    }
    basis.push({ col, row: r });
  }
  const x = [...v];
  for (const b of basis) {
    const f = x[b.col] ?? 0;
    if (f !== 0) for (let j = 0; j < width; j++) x[j] = (x[j] ?? 0) - f * (b.row[j] ?? 0);
  }
  return x.every((e) => Math.abs(e) < 1e-9);
}

/**
 * Every breach: a shown cell whose n disagrees with the data or is under the threshold, and every
 * group under the threshold — an atom, or any cell the API could show — that the shown cells
 * determine.
 */
export function attack(atoms: readonly Atom[], shown: readonly ShownCell[], t: number): string[] {
  const found: string[] = [];
  const rows: number[][] = [];
  const vec = (c: Omit<ShownCell, 'n' | 'via'>) => atoms.map((a) => (covers(c, a) ? 1 : 0));
  for (const c of shown) {
    const truth = atoms.filter((a) => covers(c, a)).reduce((s, a) => s + a.n, 0);
    if (truth !== c.n) found.push(`${c.via}: shows n=${c.n}, the data has ${truth}`);
    if (c.n > 0 && c.n < t) found.push(`${c.via}: shows a group of ${c.n}`);
    rows.push(vec(c));
  }
  const small = (n: number) => n > 0 && n < t;
  atoms.forEach((a, j) => {
    const unit = atoms.map((_, k) => (k === j ? 1 : 0));
    if (small(a.n) && inRowSpace(rows, unit))
      found.push(`recoverable: ${a.survey} ${a.month} ${a.group} (n=${a.n})`);
  });
  const candidates = new Map<string, Omit<ShownCell, 'n' | 'via'>>();
  for (const a of atoms)
    for (const period of [a.month, quarterOf(a.month)])
      for (const group of ['*', a.group])
        candidates.set(`${a.survey}|${period}|${group}`, { survey: a.survey, period, group });
  for (const c of candidates.values()) {
    const n = atoms.filter((a) => covers(c, a)).reduce((s, a) => s + a.n, 0);
    if (small(n) && inRowSpace(rows, vec(c)))
      found.push(`recoverable: ${c.survey} ${c.period} ${c.group} (n=${n})`);
  }
  return found;
}
