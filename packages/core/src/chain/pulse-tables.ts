/**
 * Loading a year of one pulse kind: its respondents from closed months, split by survey, each
 * survey's table decided once (pulse-visibility.ts). Every endpoint that shows employee or
 * leadership results reads its cells from here, so all of them hide the same cells.
 */
import type { Deps } from '../common/deps.ts';
import { isClosed, parsePeriod, type PulsePeriod } from './periods.ts';
import { respondentsFromRows, type PulseKind, type PulseRespondent } from './pulse-respondents.ts';
import { ALL, decidePulseVisibility, type PulseVisibility } from './pulse-visibility.ts';

export interface PulseTable {
  kind: PulseKind;
  surveyId: string;
  respondents: PulseRespondent[];
  visibility: PulseVisibility;
}

export interface PulseCell {
  /** False when hidden for anonymity or the period has not ended. */
  shown: boolean;
  /** Respondents; null when not shown (a hidden cell reveals nothing, not even its size). */
  respondents: number | null;
  /** The respondents behind a shown cell (empty when not shown). */
  members: PulseRespondent[];
}

const firstOfThisMonth = (now: Date) => `${now.toISOString().slice(0, 7)}-01`;
const inPeriod = (r: PulseRespondent, p: PulsePeriod) => {
  const day = `${r.month}-01`;
  return day >= p.from && day < p.to;
};

/** Every survey's table of one pulse kind for one calendar year, from its closed months. */
export async function loadPulseTables(
  d: Deps,
  ws: string,
  kind: PulseKind,
  year: number,
  threshold: number,
): Promise<Map<string, PulseTable>> {
  const now = d.clock.now();
  const from = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  const thisMonth = firstOfThisMonth(now);
  const to = end < thisMonth ? end : thisMonth;
  const rows = from < to ? await d.r.pulse.answers(ws, kind, from, to) : [];
  const bySurvey = new Map<string, PulseRespondent[]>();
  for (const r of respondentsFromRows(kind, rows)) {
    const list = bySurvey.get(r.surveyId) ?? [];
    list.push(r);
    bySurvey.set(r.surveyId, list);
  }
  const closed = (p: string) => isClosed(parsePeriod(p), now);
  const out = new Map<string, PulseTable>();
  for (const [surveyId, respondents] of [...bySurvey].sort((a, b) => a[0].localeCompare(b[0]))) {
    const visibility = decidePulseVisibility(respondents, { year, closed, threshold });
    out.set(surveyId, { kind, surveyId, respondents, visibility });
  }
  return out;
}

/**
 * A cell of a table: the period and the group (`*` or null for everyone). Nothing is shown for a
 * period that has not ended by `now`; a survey without answers shows empty cells.
 */
export function pulseCell(
  table: PulseTable | undefined,
  period: string,
  group: string | null,
  now: Date,
): PulseCell {
  if (!isClosed(parsePeriod(period), now)) return { shown: false, respondents: null, members: [] };
  if (!table) return { shown: true, respondents: 0, members: [] };
  const coord = { period, group: group ?? ALL };
  if (!table.visibility.shown(coord)) return { shown: false, respondents: null, members: [] };
  const members = table.visibility.members(coord).map((i) => table.respondents[i]);
  const list = members.filter((m): m is PulseRespondent => m !== undefined);
  return { shown: true, respondents: list.length, members: list };
}

/**
 * The survey a request reads: the one asked for, else the one most respondents answered in the
 * period (surveys are never pooled: their questions differ). Undefined when none has data.
 */
export function pickSurvey(
  tables: ReadonlyMap<string, PulseTable>,
  period: PulsePeriod,
  surveyId?: string | undefined,
): string | undefined {
  if (surveyId !== undefined) return surveyId;
  let best: { id: string; n: number } | undefined;
  for (const t of tables.values()) {
    const n = t.respondents.filter((r) => inPeriod(r, period)).length;
    if (n > 0 && (!best || n > best.n)) best = { id: t.surveyId, n };
  }
  return best?.id;
}

/** The surveys with respondents in the period. */
export const surveysIn = (tables: ReadonlyMap<string, PulseTable>, period: PulsePeriod): string[] =>
  [...tables.values()]
    .filter((t) => t.respondents.some((r) => inPeriod(r, period)))
    .map((t) => t.surveyId);
