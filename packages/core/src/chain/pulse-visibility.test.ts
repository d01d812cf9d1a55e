import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quarterOfMonth } from './periods.ts';
import {
  ALL,
  decidePulseVisibility,
  type CellCoord,
  type PulseRespondentKey,
  type PulseVisibility,
} from './pulse-visibility.ts';

// ---- An independent attacker. Atoms are the finest groups (month, group or none); every
// shown cell is a known sum over atoms. An atom or cell is recoverable iff its indicator vector
// lies in the row space of the shown cells' indicators (exact arithmetic on small integers).
function inRowSpace(rows: number[][], v: number[]): boolean {
  const m = rows.map((r) => [...r]);
  const width = v.length;
  const basis: Array<{ col: number; row: number[] }> = [];
  for (const r of m) {
    for (const b of basis) {
      const f = r[b.col]!;
      if (f !== 0) for (let j = 0; j < width; j++) r[j] = r[j]! - f * b.row[j]!;
    }
    const col = r.findIndex((x) => Math.abs(x) > 1e-9);
    if (col < 0) continue;
    const p = r[col]!;
    for (let j = 0; j < width; j++) r[j] = r[j]! / p;
    for (const b of basis) {
      const f = b.row[col]!;
      if (f !== 0) for (let j = 0; j < width; j++) b.row[j] = b.row[j]! - f * r[j]!;
    }
    basis.push({ col, row: r });
  }
  const x = [...v];
  for (const b of basis) {
    const f = x[b.col]!;
    if (f !== 0) for (let j = 0; j < width; j++) x[j] = x[j]! - f * b.row[j]!;
  }
  return x.every((e) => Math.abs(e) < 1e-9);
}

const YEAR = 2026;
const allCells = (v: PulseVisibility, months: string[]): CellCoord[] => {
  const periods = [...months, ...new Set(months.map(quarterOfMonth))];
  return periods.flatMap((period) =>
    [ALL, ...v.groups(period)].map((group) => ({ period, group })),
  );
};
const inCell = (r: PulseRespondentKey, c: CellCoord) =>
  (c.period === r.month || c.period === quarterOfMonth(r.month)) &&
  (c.group === ALL || c.group === r.group);

/** Every breach the attacker finds: small shown cells, and small atoms or cells it can recover. */
function breaches(rs: PulseRespondentKey[], v: PulseVisibility, t: number): string[] {
  const months = [...new Set(rs.map((r) => r.month))].sort();
  const atomKey = (r: PulseRespondentKey) => `${r.month}|${r.group ?? '-'}`;
  const atoms = [...new Set(rs.map(atomKey))];
  const col = new Map(atoms.map((a, j) => [a, j]));
  const vec = (pred: (r: PulseRespondentKey) => boolean) => {
    const out = atoms.map(() => 0);
    for (const r of rs) if (pred(r)) out[col.get(atomKey(r))!] = 1;
    return out;
  };
  const found: string[] = [];
  const rows: number[][] = [];
  const cells = allCells(v, months);
  for (const c of cells) {
    const n = rs.filter((r) => inCell(r, c)).length;
    if (!v.shown(c) || n === 0) continue;
    if (n < t) found.push(`shown small cell ${JSON.stringify(c)} n=${n}`);
    rows.push(vec((r) => inCell(r, c)));
  }
  const small = (n: number) => n > 0 && n < t;
  for (const a of atoms) {
    const n = rs.filter((r) => atomKey(r) === a).length;
    if (
      small(n) &&
      inRowSpace(
        rows,
        vec((r) => atomKey(r) === a),
      )
    )
      found.push(`recoverable atom ${a} n=${n}`);
  }
  for (const c of cells) {
    const n = rs.filter((r) => inCell(r, c)).length;
    if (
      small(n) &&
      !v.shown(c) &&
      inRowSpace(
        rows,
        vec((r) => inCell(r, c)),
      )
    )
      found.push(`recoverable cell ${JSON.stringify(c)} n=${n}`);
  }
  return found;
}

const respondents = fc.array(
  fc.record({
    month: fc.constantFrom('2026-01', '2026-02', '2026-03', '2026-05', '2026-08'),
    group: fc.constantFrom('a', 'b', 'c', 'd', 'e', null),
  }),
  { maxLength: 60 },
);

describe('pulse visibility over the full table', () => {
  it('never shows, nor lets any combination of shown cells reveal, a group under the threshold', () => {
    fc.assert(
      fc.property(respondents, fc.integer({ min: 3, max: 6 }), (rs, t) => {
        const v = decidePulseVisibility(rs, { year: YEAR, closed: () => true, threshold: t });
        expect(breaches(rs, v, t)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('keeps shown what it showed before: a quarter closing hides nothing shown by its months', () => {
    fc.assert(
      fc.property(respondents, (rs) => {
        const monthsOnly = (p: string) => /^\d{4}-\d{2}$/.test(p);
        const early = decidePulseVisibility(rs, { year: YEAR, closed: monthsOnly, threshold: 5 });
        const late = decidePulseVisibility(rs, { year: YEAR, closed: () => true, threshold: 5 });
        const months = [...new Set(rs.map((r) => r.month))];
        for (const c of allCells(early, months).filter((c) => monthsOnly(c.period)))
          if (early.shown(c)) expect(late.shown(c)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('hides a team of 4 and what would give it away, and treats equal cells as one', () => {
    const team = (group: string, n: number, month = '2026-08') =>
      Array.from({ length: n }, () => ({ month, group }));
    const rs: PulseRespondentKey[] = [...team('small', 4), ...team('b', 6), ...team('c', 9)];
    const v = decidePulseVisibility(rs, { year: YEAR, closed: () => true });
    const at = (period: string, group: string) => v.shown({ period, group });
    expect(at('2026-08', 'small')).toBe(false);
    expect(at('2026-Q3', 'small')).toBe(false);
    // Everyone − b − c would be the small team: b (the smallest) is hidden with it.
    expect(at('2026-08', 'b')).toBe(false);
    expect(at('2026-08', 'c')).toBe(true);
    expect(at('2026-08', ALL)).toBe(true);
    // The quarter holds the same respondents as August: the same decisions.
    expect(at('2026-Q3', 'c')).toBe(true);
    expect(at('2026-Q3', 'b')).toBe(false);
    expect(breaches(rs, v, 5)).toEqual([]);
    // Three people without a team are a hidden rest that covers the small team on its own.
    const withRest = [
      ...rs,
      ...Array.from({ length: 3 }, () => ({ month: '2026-08', group: null })),
    ];
    const w = decidePulseVisibility(withRest, { year: YEAR, closed: () => true });
    expect(w.shown({ period: '2026-08', group: 'b' })).toBe(true);
    expect(w.shown({ period: '2026-08', group: 'small' })).toBe(false);
    expect(breaches(withRest, w, 5)).toEqual([]);
  });

  it('reports nothing for periods not yet closed', () => {
    const rs = Array.from({ length: 8 }, () => ({ month: '2026-10', group: 'a' }));
    const v = decidePulseVisibility(rs, { year: YEAR, closed: (p) => p === '2026-10' });
    expect(v.shown({ period: '2026-10', group: 'a' })).toBe(true);
    expect(v.shown({ period: '2026-Q4', group: 'a' })).toBe(false);
    expect(v.members({ period: '2026-Q4', group: 'a' })).toEqual([]);
    const none = decidePulseVisibility(rs, { year: YEAR, closed: () => false });
    expect(none.shown({ period: '2026-10', group: 'a' })).toBe(false);
  });
});
