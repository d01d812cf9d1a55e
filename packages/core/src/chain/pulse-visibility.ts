/**
 * Which employee or leadership results may be shown: one decision over the FULL table of every
 * breakdown the API offers for one pulse survey and calendar year, never over the subset a request
 * asks for, so every request — any period, any filter, any grouping — sees the same cells hidden.
 *
 * The table's cells are (period, group): period a closed month or quarter; group `*` (everyone) or
 * one team (employee pulse) or one rated manager (leadership pulse). Its lines: within a period,
 * everyone = Σ groups (+ those without a group, an implicit rest); a quarter = Σ its months. Cells
 * holding exactly the same respondents (a quarter whose pulse ran in one month) are one cell: an
 * attacker knows them to be equal. Different surveys are never pooled (their questions differ), so
 * each survey is a table of its own and no figure of one can be subtracted from another's.
 *
 * Decisions follow time, so what was shown once stays shown: each month is decided when it
 * closes, on its own; a quarter when it closes, with its months fixed (`fixed` cells of
 * suppressTable). Only the newly closed cells then carry the complementary suppression.
 */
import { suppressTable, type AnonymityCell, type AnonymityLine } from '../metrics/anonymity.ts';
import { resolveAnonymityThreshold } from '../metrics/anonymity-threshold.ts';
import { quarterOfMonth } from './periods.ts';

/** The "everyone" coordinate of the group dimension. */
export const ALL = '*';

export interface PulseRespondentKey {
  /** "2026-08". */
  month: string;
  /** Team (employee pulse) or rated manager (leadership pulse); null when none. */
  group: string | null;
}

export interface CellCoord {
  /** "2026-08" or "2026-Q3". */
  period: string;
  /** `*` or a team / manager id. */
  group: string;
}

export interface PulseVisibility {
  threshold: number;
  /** The respondents (indexes into the input) of a cell. */
  members(c: CellCoord): readonly number[];
  /** True when the cell may be shown: its period is closed and it is not suppressed. */
  shown(c: CellCoord): boolean;
  /** The group ids with respondents in a period. */
  groups(period: string): string[];
}

export const cellKey = (c: CellCoord): string => `${c.period}|${c.group}`;
const isMonth = (p: string) => /^\d{4}-\d{2}$/.test(p);

interface Table {
  groups: Map<string, Set<string>>;
  members: Map<string, number[]>;
}

function buildTable(
  respondents: readonly PulseRespondentKey[],
  year: number,
  closed: (period: string) => boolean,
): Table {
  const t: Table = { groups: new Map(), members: new Map() };
  respondents.forEach((r, i) => {
    if (!r.month.startsWith(`${year}-`) || !closed(r.month)) return;
    for (const period of [r.month, quarterOfMonth(r.month)].filter(closed)) {
      const gs = t.groups.get(period) ?? new Set<string>();
      t.groups.set(period, gs);
      if (r.group !== null) gs.add(r.group);
      for (const group of r.group === null ? [ALL] : [ALL, r.group]) {
        const k = cellKey({ period, group });
        const list = t.members.get(k);
        if (list) list.push(i);
        else t.members.set(k, [i]);
      }
    }
  });
  return t;
}

/** Inside one period: everyone = Σ groups (+ the implicit rest of those without a group). */
function groupLine(t: Table, period: string): AnonymityLine[] {
  const total = cellKey({ period, group: ALL });
  if (!t.members.has(total)) return [];
  const members = [...(t.groups.get(period) ?? [])].map((group) => cellKey({ period, group }));
  return [{ total, members }];
}

/** Across periods: the quarter = Σ its months, for everyone and for every group. */
function quarterLines(t: Table, quarter: string, months: readonly string[]): AnonymityLine[] {
  return [ALL, ...(t.groups.get(quarter) ?? [])].map((group) => ({
    total: cellKey({ period: quarter, group }),
    members: months.map((period) => cellKey({ period, group })).filter((k) => t.members.has(k)),
  }));
}

/**
 * Decides every cell of one survey's pulse table for one year. `closed(period)` says which months
 * and quarters have ended; respondents of months not closed (or of another year) are left out.
 */
export function decidePulseVisibility(
  respondents: readonly PulseRespondentKey[],
  opts: { year: number; closed: (period: string) => boolean; threshold?: number | undefined },
): PulseVisibility {
  const threshold = resolveAnonymityThreshold(opts.threshold);
  const t = buildTable(respondents, opts.year, opts.closed);
  const periods = [...t.groups.keys()];
  const months = periods.filter(isMonth).sort();
  const quarters = periods.filter((p) => !isMonth(p)).sort();

  // Cells with the same respondents are one cell; the month's (decided first) stands for both.
  const canon = new Map<string, string>();
  const bySignature = new Map<string, string>();
  const keys = [...t.members.keys()].sort(
    (a, b) => Number(a.includes('Q')) - Number(b.includes('Q')) || a.localeCompare(b),
  );
  for (const k of keys) {
    const sig = (t.members.get(k) ?? []).join(',');
    const first = bySignature.get(sig);
    if (first === undefined) bySignature.set(sig, k);
    canon.set(k, first ?? k);
  }
  const keysOf = (period: string) => keys.filter((k) => k.startsWith(`${period}|`));

  const decided = new Map<string, boolean>();
  const run = (inPeriods: readonly string[], lines: readonly AnonymityLine[]) => {
    const cellKeys = new Set(inPeriods.flatMap(keysOf).map((k) => canon.get(k) ?? k));
    const cells: AnonymityCell[] = [...cellKeys].map((k) => {
      const d = decided.get(k);
      return {
        key: k,
        n: t.members.get(k)?.length ?? 0,
        fixed: d === undefined ? undefined : d ? 'shown' : 'hidden',
      };
    });
    const mapped: AnonymityLine[] = [];
    for (const l of lines) {
      const total = canon.get(l.total) ?? l.total;
      const members = [...new Set(l.members.map((m) => canon.get(m) ?? m))];
      // A total equal to one member holds nobody else: nothing to derive.
      if (members.length > 0 && !members.includes(total)) mapped.push({ total, members });
    }
    const r = suppressTable(cells, mapped, { threshold });
    for (const c of r.cells) if (!decided.has(c.key)) decided.set(c.key, c.shown);
  };

  for (const m of months) run([m], groupLine(t, m));
  for (const q of quarters) {
    const ms = months.filter((m) => quarterOfMonth(m) === q);
    const lines = [q, ...ms].flatMap((p) => groupLine(t, p)).concat(quarterLines(t, q, ms));
    run([q, ...ms], lines);
  }

  return {
    threshold,
    members: (c) => t.members.get(cellKey(c)) ?? [],
    shown(c) {
      if (!opts.closed(c.period)) return false;
      const k = cellKey(c);
      if (!t.members.has(k)) return true; // nobody: an empty cell reveals no one
      return decided.get(canon.get(k) ?? k) ?? false;
    },
    groups: (p) => [...(t.groups.get(p) ?? [])].sort(),
  };
}
