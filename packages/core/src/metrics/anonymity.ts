/**
 * Anonymity of employee and leadership results: cell suppression with complementary suppression.
 *
 * A table is a set of cells (groups with their respondent counts) and lines (a total cell and the
 * member cells it is the sum of — a company and its teams, a team and its tenure bands, a row or
 * column of a cross-tab, a filtered group inside its unfiltered parent). Respondents of a total
 * who fall in no member form an implicit "rest" cell, never shown but derivable by difference.
 *
 * 1. Primary suppression: every cell (implicit rests included) with 0 < n < threshold is hidden.
 * 2. Complementary suppression, repeated until nothing changes:
 *    a. group rule — in a line whose total is shown, the hidden members together must hold
 *       0 or ≥ threshold respondents (else "total − shown members" isolates a small group);
 *       otherwise hide the smallest shown member with n > 0 (or, if none, the total);
 *    b. linear audit — no hidden small cell may be determined exactly by the table's additive
 *       relations (see disclosure-audit.ts); otherwise hide the smallest shown cell that on its own
 *       makes it undetermined (sub-groups before totals), else one on a line through it.
 * Counts n = 0 reveal nobody and stay shown; a hidden cell reveals nothing, not even its n.
 *
 * The API must decide visibility over the full table of the breakdowns it offers, never over the
 * ad-hoc subset a request asked for, so that every request sees the same cells hidden.
 *
 * A cell may come `fixed`: decided by an earlier table that was already published (e.g. the months
 * of a quarter, decided when each month closed). It keeps its decision and is never picked as a
 * complement, so what was shown once stays shown and the new cells alone carry the protection.
 */
import { invalid } from '../errors/domain-error.ts';
import { resolveAnonymityThreshold } from './anonymity-threshold.ts';
import { determinedHiddenCells, type LinearRelation } from './disclosure-audit.ts';

export interface AnonymityCell {
  key: string;
  /** Respondents in the group. */
  n: number;
  /** Already decided (published by an earlier table): kept as is, never chosen as a complement. */
  fixed?: 'shown' | 'hidden' | undefined;
}

/** total = Σ members (+ respondents in none of them). */
export interface AnonymityLine {
  total: string;
  members: readonly string[];
}

export type SuppressionReason = 'primary' | 'complementary';

export interface CellVisibility {
  key: string;
  n: number;
  shown: boolean;
  /** Why hidden: under the threshold itself, or to protect another cell. Null when shown. */
  reason: SuppressionReason | null;
}

export interface SuppressionResult {
  threshold: number;
  cells: CellVisibility[];
  shown: string[];
  hidden: string[];
}

interface WorkLine {
  total: string;
  members: string[];
}

function validate(
  cells: readonly AnonymityCell[],
  lines: readonly AnonymityLine[],
  t: number,
): Map<string, number> {
  const n = new Map<string, number>();
  for (const c of cells) {
    if (n.has(c.key)) throw invalid('cells', `Duplicate cell ${c.key}.`);
    if (c.fixed === 'shown' && c.n > 0 && c.n < t)
      throw invalid('cells', `Cell ${c.key} of ${c.n} cannot be fixed as shown.`);
    if (!Number.isInteger(c.n) || c.n < 0)
      throw invalid('cells', `Cell ${c.key} needs an integer n ≥ 0, got ${c.n}.`);
    n.set(c.key, c.n);
  }
  for (const l of lines) {
    for (const k of [l.total, ...l.members])
      if (!n.has(k)) throw invalid('lines', `Unknown cell ${k}.`);
    const sum = l.members.reduce((s, k) => s + (n.get(k) ?? 0), 0);
    if (sum > (n.get(l.total) ?? 0))
      throw invalid('lines', `The members of ${l.total} hold more respondents than it.`);
  }
  return n;
}

/** Hides cells so that no group of fewer than `threshold` respondents can be seen or derived. */
export function suppressTable(
  cells: readonly AnonymityCell[],
  lines: readonly AnonymityLine[],
  opts: { threshold?: number | undefined } = {},
): SuppressionResult {
  const t = resolveAnonymityThreshold(opts.threshold);
  const n = validate(cells, lines, t);
  const fixedShown = new Set(cells.filter((c) => c.fixed === 'shown').map((c) => c.key));
  const fixedHidden = new Set(cells.filter((c) => c.fixed === 'hidden').map((c) => c.key));
  /** Cells this run may decide: explicit and not fixed. */
  const explicit = new Set([...n.keys()].filter((k) => !fixedShown.has(k) && !fixedHidden.has(k)));
  const work: WorkLine[] = lines.map((l, i) => {
    const rest = (n.get(l.total) ?? 0) - l.members.reduce((s, k) => s + (n.get(k) ?? 0), 0);
    if (rest === 0) return { total: l.total, members: [...l.members] };
    const key = `\u0000rest:${i}`;
    n.set(key, rest);
    return { total: l.total, members: [...l.members, key] };
  });
  const sensitive = (k: string) => {
    const v = n.get(k) ?? 0;
    return v > 0 && v < t;
  };
  const hidden = new Set<string>(
    [...n.keys()].filter((k) => !fixedShown.has(k) && (sensitive(k) || !explicit.has(k))),
  );
  const reason = new Map<string, SuppressionReason>(
    [...hidden].map((k) => [k, fixedHidden.has(k) && !sensitive(k) ? 'complementary' : 'primary']),
  );
  const hide = (k: string) => {
    hidden.add(k);
    reason.set(k, 'complementary');
  };
  const free = (k: string) => explicit.has(k) && !hidden.has(k) && (n.get(k) ?? 0) > 0;
  /** Hides the smallest free shown member with n > 0 of a line, else its total; false if neither. */
  const complement = (l: WorkLine): boolean => {
    const pick = l.members
      .filter(free)
      .sort((a, b) => (n.get(a) ?? 0) - (n.get(b) ?? 0) || a.localeCompare(b))[0];
    const target = pick ?? (free(l.total) ? l.total : undefined);
    if (target === undefined) return false;
    hide(target);
    return true;
  };
  const relations: LinearRelation[] = work.map((l) => ({
    terms: [{ cell: l.total, coef: 1 }, ...l.members.map((k) => ({ cell: k, coef: -1 }))],
  }));
  const totals = new Set(work.map((l) => l.total));
  const bySize = (a: string, b: string) => (n.get(a) ?? 0) - (n.get(b) ?? 0) || a.localeCompare(b);
  /**
   * The cell to hide so that `leak` is no longer determined: the first shown cell with n > 0 that
   * does it on its own — leaves before totals, small before large — else the smallest shown cell
   * on a line through the leak (the loop then continues), else the smallest shown cell anywhere.
   */
  const coverFor = (leak: string): string | undefined => {
    const shown = [...explicit].filter(free);
    const ordered = [
      ...shown.filter((k) => !totals.has(k)).sort(bySize),
      ...shown.filter((k) => totals.has(k)).sort(bySize),
    ];
    const alone = ordered.find(
      (k) => !determinedHiddenCells(relations, new Set([...hidden, k])).has(leak),
    );
    if (alone !== undefined) return alone;
    const near = new Set(
      work
        .filter((l) => l.total === leak || l.members.includes(leak))
        .flatMap((l) => [l.total, ...l.members]),
    );
    return ordered.find((k) => near.has(k)) ?? ordered[0];
  };
  for (;;) {
    const groupBreach = work.find((l) => {
      if (hidden.has(l.total)) return false;
      const s = l.members.filter((k) => hidden.has(k)).reduce((a, k) => a + (n.get(k) ?? 0), 0);
      return s > 0 && s < t;
    });
    if (groupBreach && complement(groupBreach)) continue;
    const leak = [...determinedHiddenCells(relations, hidden)].filter(sensitive).sort()[0];
    if (leak === undefined) break;
    const cover = coverFor(leak);
    if (cover === undefined) break; // nothing left to hide: cannot happen, a fully hidden table is safe
    hide(cover);
  }
  const out = cells.map((c) => ({
    key: c.key,
    n: c.n,
    shown: !hidden.has(c.key),
    reason: reason.get(c.key) ?? null,
  }));
  return {
    threshold: t,
    cells: out,
    shown: out.filter((c) => c.shown).map((c) => c.key),
    hidden: out.filter((c) => !c.shown).map((c) => c.key),
  };
}

/**
 * One breakdown under a parent: which sub-groups may be shown, and whether the parent total may.
 * Equivalent to {@link suppressTable} with one line parent = Σ cells.
 */
export function suppressCells(
  cells: readonly AnonymityCell[],
  parentTotal: number,
  opts: { threshold?: number | undefined } = {},
): SuppressionResult & { totalShown: boolean } {
  const TOTAL = '\u0000total';
  const r = suppressTable(
    [...cells, { key: TOTAL, n: parentTotal }],
    [{ total: TOTAL, members: cells.map((c) => c.key) }],
    opts,
  );
  const totalShown = !r.hidden.includes(TOTAL);
  const drop = (ks: string[]) => ks.filter((k) => k !== TOTAL);
  return {
    threshold: r.threshold,
    cells: r.cells.filter((c) => c.key !== TOTAL),
    shown: drop(r.shown),
    hidden: drop(r.hidden),
    totalShown,
  };
}

/**
 * The rule for one filtered group inside a shown parent: the group and what the filter leaves out
 * must each be empty or hold at least `threshold` respondents (default 5, never below 3). Use it
 * only for a single filter; several filters over the same parent need {@link suppressTable}.
 */
export function isSafeSubgroup(subgroupN: number, parentN: number, threshold?: number): boolean {
  const t = resolveAnonymityThreshold(threshold);
  const rest = parentN - subgroupN;
  return (subgroupN === 0 || subgroupN >= t) && (rest === 0 || rest >= t);
}
