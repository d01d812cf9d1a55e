import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSafeSubgroup,
  suppressCells,
  suppressTable,
  type AnonymityCell,
  type AnonymityLine,
} from './anonymity.ts';

// ---- An independent attacker: exact rank arithmetic (BigInt, fraction-free elimination). A hidden
// cell x is recoverable iff adding the unit row eₓ to the relation matrix (restricted to hidden
// cells) does not raise its rank.
function rank(rows: bigint[][]): number {
  const m = rows.map((r) => [...r]);
  let rk = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && rk < m.length; c++) {
    const p = m.findIndex((r, i) => i >= rk && r[c] !== 0n);
    if (p < 0) continue;
    [m[rk], m[p]] = [m[p]!, m[rk]!];
    const pivot = m[rk]!;
    for (let i = 0; i < m.length; i++) {
      if (i === rk) continue;
      const row = m[i]!;
      const f = row[c]!;
      if (f === 0n) continue;
      for (let j = 0; j < cols; j++) row[j] = row[j]! * pivot[c]! - pivot[j]! * f;
    }
    rk++;
  }
  return rk;
}

interface Table {
  cells: AnonymityCell[];
  lines: AnonymityLine[];
}

/** Cells an attacker can recover, and the line sums of hidden members, given what is shown. */
function attack(table: Table, shown: ReadonlySet<string>, t: number) {
  const n = new Map(table.cells.map((c) => [c.key, c.n]));
  // Implicit "rest" of each line: never shown.
  const lines = table.lines.map((l, i) => {
    const rest = n.get(l.total)! - l.members.reduce((s, k) => s + n.get(k)!, 0);
    const members = [...l.members];
    if (rest > 0) {
      n.set(`rest${i}`, rest);
      members.push(`rest${i}`);
    }
    return { total: l.total, members };
  });
  const hidden = [...n.keys()].filter((k) => !shown.has(k));
  const col = new Map(hidden.map((k, j) => [k, j]));
  const rows = lines.map((l) => {
    const r = hidden.map(() => 0n);
    if (col.has(l.total)) r[col.get(l.total)!]! += 1n;
    for (const k of l.members) if (col.has(k)) r[col.get(k)!]! -= 1n;
    return r;
  });
  const base = rank(rows);
  const recovered = hidden.filter((k) => {
    const unit = hidden.map((h) => (h === k ? 1n : 0n));
    return rank([...rows, unit]) === base;
  });
  const smallRecovered = recovered.filter((k) => n.get(k)! > 0 && n.get(k)! < t);
  const smallDifferences = lines
    .filter((l) => shown.has(l.total))
    .map((l) => l.members.filter((k) => !shown.has(k)).reduce((s, k) => s + n.get(k)!, 0))
    .filter((s) => s > 0 && s < t);
  const smallShown = table.cells
    .filter((c) => shown.has(c.key) && c.n > 0 && c.n < t)
    .map((c) => c.key);
  return { smallRecovered, smallDifferences, smallShown };
}

function expectSafe(table: Table, threshold = 5) {
  const r = suppressTable(table.cells, table.lines, { threshold });
  const a = attack(table, new Set(r.shown), r.threshold);
  expect(a).toEqual({ smallRecovered: [], smallDifferences: [], smallShown: [] });
  return r;
}

describe('suppressCells (one breakdown)', () => {
  it('hides a small team and the smallest other team, keeping the total', () => {
    // Eight teams, one with 4 respondents: hiding it alone would let "total − the other seven" show it.
    const teams = [12, 9, 4, 15, 7, 11, 8, 10].map((n, i) => ({ key: `t${i + 1}`, n }));
    const r = suppressCells(teams, 76);
    expect(r.hidden).toEqual(['t3', 't5']);
    expect(r.cells.find((c) => c.key === 't3')?.reason).toBe('primary');
    expect(r.cells.find((c) => c.key === 't5')?.reason).toBe('complementary');
    expect(r.totalShown).toBe(true);
  });

  it('hides enough complements that the hidden groups together reach the threshold', () => {
    // Two small cells (1 + 2 = 3 < 5) need a third.
    const r = suppressCells(
      [
        { key: 'a', n: 1 },
        { key: 'b', n: 2 },
        { key: 'c', n: 20 },
        { key: 'd', n: 30 },
      ],
      53,
    );
    expect(r.hidden).toEqual(['a', 'b', 'c']);
  });

  it('hides the total when no shown sub-group can be the complement', () => {
    const r = suppressCells(
      [
        { key: 'a', n: 3 },
        { key: 'b', n: 0 },
      ],
      3,
    );
    expect(r).toMatchObject({ hidden: ['a'], shown: ['b'], totalShown: false });
  });

  it('protects respondents outside every sub-group (an implicit rest)', () => {
    // 20 in the team, 8 + 9 with a known tenure: the 3 unknown-tenure answers are found by difference
    // unless another band hides with them.
    const r = suppressCells(
      [
        { key: 'under1y', n: 8 },
        { key: 'over1y', n: 9 },
      ],
      20,
    );
    expect(r.hidden).toEqual(['under1y']);
    expect(r.totalShown).toBe(true);
  });

  it('never applies a threshold under 3 and refuses inconsistent input', () => {
    expect(
      suppressCells(
        [
          { key: 'a', n: 2 },
          { key: 'b', n: 9 },
        ],
        11,
        { threshold: 1 },
      ).threshold,
    ).toBe(3);
    expect(() => suppressCells([{ key: 'a', n: 9 }], 5)).toThrow(/more respondents/);
    expect(() => suppressCells([{ key: 'a', n: -1 }], 5)).toThrow(/integer n/);
    expect(() =>
      suppressTable(
        [
          { key: 'a', n: 1 },
          { key: 'a', n: 2 },
        ],
        [],
      ),
    ).toThrow(/Duplicate/);
  });
});

describe('attacks by difference', () => {
  it('defeats two nested filters that isolate a small group', () => {
    // "team A" (20) and "team A, tenure > 1 year" (17): the difference is 3 people.
    const table: Table = {
      cells: [
        { key: 'teamA', n: 20 },
        { key: 'teamA&tenure>1', n: 17 },
      ],
      lines: [{ total: 'teamA', members: ['teamA&tenure>1'] }],
    };
    const r = expectSafe(table);
    expect(r.hidden).toEqual(['teamA&tenure>1']);
    expect(isSafeSubgroup(17, 20)).toBe(false);
    expect(isSafeSubgroup(15, 20)).toBe(true);
    expect(isSafeSubgroup(20, 20)).toBe(true);
    expect(isSafeSubgroup(4, 20)).toBe(false);
  });

  it('defeats a cross-tab attack through rows and columns', () => {
    // Team × tenure with all margins shown; one cell of 2.
    const cells: AnonymityCell[] = [
      { key: 'A×new', n: 2 },
      { key: 'A×old', n: 10 },
      { key: 'B×new', n: 8 },
      { key: 'B×old', n: 9 },
      { key: 'A', n: 12 },
      { key: 'B', n: 17 },
      { key: 'new', n: 10 },
      { key: 'old', n: 19 },
      { key: 'all', n: 29 },
    ];
    const lines: AnonymityLine[] = [
      { total: 'A', members: ['A×new', 'A×old'] },
      { total: 'B', members: ['B×new', 'B×old'] },
      { total: 'new', members: ['A×new', 'B×new'] },
      { total: 'old', members: ['A×old', 'B×old'] },
      { total: 'all', members: ['A', 'B'] },
      { total: 'all', members: ['new', 'old'] },
    ];
    const r = expectSafe({ cells, lines });
    // Hiding A×new forces A×old (row) and B×new (column), which forces B×old.
    expect(r.hidden.sort()).toEqual(['A×new', 'A×old', 'B×new', 'B×old']);
    expect(r.shown).toContain('all');
  });

  it('defeats a company → team → sub-team hierarchy attack', () => {
    const cells: AnonymityCell[] = [
      { key: 'co', n: 40 },
      { key: 't1', n: 22 },
      { key: 't2', n: 18 },
      { key: 't1a', n: 11 },
      { key: 't1b', n: 11 },
      { key: 't2a', n: 14 },
      { key: 't2b', n: 4 },
    ];
    const lines: AnonymityLine[] = [
      { total: 'co', members: ['t1', 't2'] },
      { total: 't1', members: ['t1a', 't1b'] },
      { total: 't2', members: ['t2a', 't2b'] },
    ];
    const r = expectSafe({ cells, lines });
    expect(r.hidden).toEqual(['t2a', 't2b']);
  });

  it('survives random one-way breakdowns (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 3, max: 7 }),
        (ns, rest, threshold) => {
          const cells = ns.map((n, i) => ({ key: `g${i}`, n }));
          const total = ns.reduce((a, b) => a + b, 0) + rest;
          const table: Table = {
            cells: [...cells, { key: 'total', n: total }],
            lines: [{ total: 'total', members: cells.map((c) => c.key) }],
          };
          expectSafe(table, threshold);
        },
      ),
    );
  });

  it('survives random cross-tabs with all margins shown (property)', () => {
    const grid = fc
      .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }))
      .chain(([r, c]) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: c, maxLength: c }), {
          minLength: r,
          maxLength: r,
        }),
      );
    fc.assert(
      fc.property(grid, (g) => {
        const cells: AnonymityCell[] = [];
        const lines: AnonymityLine[] = [];
        const cols = g[0]!.length;
        g.forEach((row, i) => {
          row.forEach((n, j) => cells.push({ key: `r${i}c${j}`, n }));
          cells.push({ key: `R${i}`, n: row.reduce((a, b) => a + b, 0) });
          lines.push({ total: `R${i}`, members: row.map((_, j) => `r${i}c${j}`) });
        });
        for (let j = 0; j < cols; j++) {
          cells.push({ key: `C${j}`, n: g.reduce((a, row) => a + row[j]!, 0) });
          lines.push({ total: `C${j}`, members: g.map((_, i) => `r${i}c${j}`) });
        }
        cells.push({ key: 'G', n: g.flat().reduce((a, b) => a + b, 0) });
        lines.push({ total: 'G', members: g.map((_, i) => `R${i}`) });
        lines.push({ total: 'G', members: Array.from({ length: cols }, (_, j) => `C${j}`) });
        expectSafe({ cells, lines });
      }),
      { numRuns: 150 },
    );
  });

  it('survives random hierarchies with unassigned respondents (property)', () => {
    const team = fc.tuple(
      fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 0, max: 5 }),
    );
    fc.assert(
      fc.property(fc.array(team, { minLength: 1, maxLength: 5 }), (teams) => {
        const cells: AnonymityCell[] = [];
        const lines: AnonymityLine[] = [];
        let company = 0;
        teams.forEach(([subs, rest], i) => {
          const n = subs.reduce((a, b) => a + b, 0) + rest;
          company += n;
          cells.push({ key: `t${i}`, n });
          subs.forEach((s, j) => cells.push({ key: `t${i}s${j}`, n: s }));
          lines.push({ total: `t${i}`, members: subs.map((_, j) => `t${i}s${j}`) });
        });
        cells.push({ key: 'co', n: company });
        lines.push({ total: 'co', members: teams.map((_, i) => `t${i}`) });
        expectSafe({ cells, lines });
      }),
      { numRuns: 150 },
    );
  });
});
