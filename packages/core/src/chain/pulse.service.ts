/**
 * Pulse results — eNPS, employee engagement, leadership engagement — for a month or quarter,
 * optionally for one team / manager or one month, grouped by team / manager and/or month. Every
 * cell is read from the year's full table (pulse-tables.ts): whatever the filters, a cell is shown
 * only as that table decided, so no filter or difference narrows a group below the threshold.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { invalid } from '../errors/domain-error.ts';
import type { Figure } from '../metrics/figure.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { chainPeople, leadsTeam } from './chain-scope.ts';
import { monthsOf, parsePeriod, type PulsePeriod } from './periods.ts';
import {
  kindOfMetric,
  pulseFigure,
  sortedComments,
  type PulseKind,
  type PulseMetric,
} from './pulse-respondents.ts';
import { loadPulseTables, pickSurvey, pulseCell, surveysIn } from './pulse-tables.ts';
import { periodInfo, type PeriodInfo } from './team-scores.service.ts';

export type PulseDimension = 'group' | 'month';

export interface PulseRequest {
  metric: PulseMetric;
  period: PulsePeriod;
  surveyId?: string | undefined;
  /** Team (eNPS, engagement) or manager (leadership). */
  groupId?: string | undefined;
  /** A month inside a quarter. */
  month?: string | undefined;
  groupBy: PulseDimension[];
}

export interface PulseCellResult {
  /** Null: everyone. */
  group: string | null;
  /** The month or the quarter of the cell. */
  period: string;
  shown: boolean;
  respondents: number | null;
  figure: Figure<unknown> | null;
}

export interface PulseResults {
  metric: PulseMetric;
  kind: PulseKind;
  period: PeriodInfo;
  threshold: number;
  surveyId: string | null;
  /** Every survey of this kind with answers in the period (pass one as `surveyId`). */
  surveys: string[];
  groupBy: PulseDimension[];
  overall: PulseCellResult;
  cells: PulseCellResult[];
}

async function setup(d: Deps, ctx: Ctx, kind: PulseKind, period: PulsePeriod, surveyId?: string) {
  authorize(ctx, 'metrics:read');
  const people = await chainPeople(d, ctx);
  const settings = withDefaults((await d.r.workspaces.get(ctx.workspaceId))?.settings);
  const threshold = settings.anonymityThreshold;
  const tables = await loadPulseTables(d, ctx.workspaceId, kind, period.year, threshold);
  const chosen = pickSurvey(tables, period, surveyId);
  // A manager's groups: the teams they (or anyone under them) lead, or those people as managers.
  const teams = people
    ? new Set(
        (await d.r.teams.list(ctx.workspaceId))
          .filter((t) => leadsTeam(people, t))
          .map((t) => t.id),
      )
    : undefined;
  const mine = (group: string) =>
    !people || (kind === 'leadership' ? people.includes(group) : (teams?.has(group) ?? false));
  return {
    people,
    mine,
    threshold,
    tables,
    chosen,
    table: chosen === undefined ? undefined : tables.get(chosen),
  };
}

export async function pulseResults(d: Deps, ctx: Ctx, req: PulseRequest): Promise<PulseResults> {
  const kind = kindOfMetric(req.metric);
  if (new Set(req.groupBy).size !== req.groupBy.length)
    throw invalid('groupBy', 'A dimension appears twice in groupBy.');
  if (req.groupId !== undefined && req.groupBy.includes('group'))
    throw invalid('groupBy', 'Group by team (or manager), or filter on one — not both.');
  if (req.month !== undefined) {
    if (req.groupBy.includes('month'))
      throw invalid('groupBy', 'Group by month, or filter on one — not both.');
    if (!monthsOf(req.period).includes(req.month))
      throw invalid('month', `${req.month} is not a month of ${req.period.key}.`);
    parsePeriod(req.month);
  }
  const { mine, threshold, tables, chosen, table } = await setup(
    d,
    ctx,
    kind,
    req.period,
    req.surveyId,
  );
  if (req.groupId !== undefined && !mine(req.groupId))
    throw invalid(
      kind === 'leadership' ? 'managerId' : 'teamId',
      'A manager sees the teams they or their people lead, and those people, only.',
    );
  const cell = (period: string, group: string | null): PulseCellResult => {
    const c = pulseCell(table, period, group, d.clock.now());
    return {
      group,
      period,
      shown: c.shown,
      respondents: c.respondents,
      figure: c.shown ? pulseFigure(req.metric, c.members, threshold) : null,
    };
  };
  const basePeriod = req.month ?? req.period.key;
  const periods = req.groupBy.includes('month') ? monthsOf(req.period) : [basePeriod];
  let groups: Array<string | null> = [req.groupId ?? null];
  if (req.groupBy.includes('group')) {
    const known = new Set(table?.visibility.groups(req.period.key) ?? []);
    if (kind === 'employee') for (const t of await d.r.teams.list(ctx.workspaceId)) known.add(t.id);
    groups = [...known].filter(mine).sort();
  }
  return {
    metric: req.metric,
    kind,
    period: periodInfo(req.period, d.clock.now()),
    threshold,
    surveyId: chosen ?? null,
    surveys: surveysIn(tables, req.period),
    groupBy: req.groupBy,
    overall: cell(basePeriod, req.groupId ?? null),
    cells: req.groupBy.length ? periods.flatMap((p) => groups.map((g) => cell(p, g))) : [],
  };
}

export interface CommentGroup {
  /** Null: the whole company. */
  group: string | null;
  shown: boolean;
  /** Alphabetical, never with a name, a time or the answers beside them; null when hidden. */
  comments: string[] | null;
}

export interface PulseComments {
  kind: PulseKind;
  period: PeriodInfo;
  threshold: number;
  surveyId: string | null;
  groups: CommentGroup[];
}

/**
 * Free text of a pulse, for each team (or manager) of a quarter whose results may be shown, and for
 * the company (the shown groups' comments together). Only per quarter: comments are unique texts,
 * so cells that cross (a team's quarter and the company's month) could be intersected to isolate a
 * few people. A hidden group's comments appear nowhere.
 */
export async function pulseComments(
  d: Deps,
  ctx: Ctx,
  req: { kind: PulseKind; period: PulsePeriod; surveyId?: string | undefined },
): Promise<PulseComments> {
  if (req.period.kind !== 'quarter')
    throw invalid('period', 'Comments are shown per quarter: give a quarter, e.g. 2026-Q3.');
  const { people, mine, threshold, chosen, table } = await setup(
    d,
    ctx,
    req.kind,
    req.period,
    req.surveyId,
  );
  const ids = (table?.visibility.groups(req.period.key) ?? []).filter(mine);
  const groups: CommentGroup[] = ids.map((group) => {
    const c = pulseCell(table, req.period.key, group, d.clock.now());
    return { group, shown: c.shown, comments: c.shown ? sortedComments(c.members) : null };
  });
  // The company's list holds the shown groups' comments only: a hidden group's free text — or
  // that of people in no group — appears nowhere, not even mixed with others'.
  const company = pulseCell(table, req.period.key, null, d.clock.now());
  const all = groups.flatMap((g) => g.comments ?? []).sort((a, b) => a.localeCompare(b));
  return {
    kind: req.kind,
    period: periodInfo(req.period, d.clock.now()),
    threshold,
    surveyId: chosen ?? null,
    // A manager gets their own groups' comments only: the company's are the other teams' words.
    groups: people
      ? groups
      : [{ group: null, shown: company.shown, comments: company.shown ? all : null }, ...groups],
  };
}
