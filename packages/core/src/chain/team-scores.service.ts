/**
 * Team scores over a period: each team's employee engagement and eNPS, the leadership engagement
 * of its lead (as rated by the lead's direct reports), and its customers' outcomes — every figure
 * with its n and interval. Employee and leadership cells come from the year's full table
 * (pulse-tables.ts), so a team hidden here is hidden in every other view too.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import type { Figure } from '../metrics/figure.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { chainPeople, leadsTeam } from './chain-scope.ts';
import { isClosed, type PulsePeriod } from './periods.ts';
import { pulseFigure } from './pulse-respondents.ts';
import { loadPulseTables, pickSurvey, pulseCell, type PulseCell } from './pulse-tables.ts';
import { noOutcomes, teamOutcomes, type TeamOutcomes } from './team-outcomes.ts';

export interface PeriodInfo {
  key: string;
  kind: PulsePeriod['kind'];
  from: string;
  to: string;
  /** Employee and leadership results are reported only for periods that have ended. */
  closed: boolean;
}

export interface GroupShown {
  /** False when hidden (under the anonymity threshold, or protecting a smaller group). */
  shown: boolean;
  /** Respondents; null when hidden. */
  respondents: number | null;
}

export interface EmployeeScores extends GroupShown {
  engagement: Figure<unknown> | null;
  enps: Figure<unknown> | null;
}

export interface LeadershipScores extends GroupShown {
  figure: Figure<unknown> | null;
}

export interface TeamScore {
  teamId: string;
  name: string;
  leadId: string | null;
  employee: EmployeeScores;
  /** The team lead's leadership engagement, rated by the lead's direct reports. */
  leadership: LeadershipScores & { managerId: string | null };
  customers: TeamOutcomes;
}

export interface ManagerScore extends LeadershipScores {
  managerId: string;
  name: string | null;
}

export interface TeamScores {
  period: PeriodInfo;
  threshold: number;
  minResponses: number;
  /** The pulse surveys read (surveys are never pooled); null when none has answers. */
  surveys: { employee: string | null; leadership: string | null };
  company: { employee: EmployeeScores; leadership: LeadershipScores };
  teams: TeamScore[];
  managers: ManagerScore[];
}

export interface TeamScoresRequest {
  period: PulsePeriod;
  employeeSurveyId?: string | undefined;
  leadershipSurveyId?: string | undefined;
}

const shownOf = (c: PulseCell): GroupShown => ({ shown: c.shown, respondents: c.respondents });

export const periodInfo = (p: PulsePeriod, now: Date): PeriodInfo => ({
  key: p.key,
  kind: p.kind,
  from: p.from,
  to: p.to,
  closed: isClosed(p, now),
});

export async function teamScores(d: Deps, ctx: Ctx, req: TeamScoresRequest): Promise<TeamScores> {
  authorize(ctx, 'metrics:read');
  const people = await chainPeople(d, ctx);
  const ws = ctx.workspaceId;
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const t = settings.anonymityThreshold;
  const p = req.period;
  const employeeTables = await loadPulseTables(d, ws, 'employee', p.year, t);
  const leadershipTables = await loadPulseTables(d, ws, 'leadership', p.year, t);
  const employeeSurvey = pickSurvey(employeeTables, p, req.employeeSurveyId);
  const leadershipSurvey = pickSurvey(leadershipTables, p, req.leadershipSurveyId);
  const eTable = employeeSurvey === undefined ? undefined : employeeTables.get(employeeSurvey);
  const lTable =
    leadershipSurvey === undefined ? undefined : leadershipTables.get(leadershipSurvey);

  const employee = (group: string | null): EmployeeScores => {
    const c = pulseCell(eTable, p.key, group, d.clock.now());
    return {
      ...shownOf(c),
      engagement: c.shown ? pulseFigure('engagement', c.members, t) : null,
      enps: c.shown ? pulseFigure('enps', c.members, t) : null,
    };
  };
  const leadership = (group: string | null): LeadershipScores => {
    const c = pulseCell(lTable, p.key, group, d.clock.now());
    return { ...shownOf(c), figure: c.shown ? pulseFigure('leadership', c.members, t) : null };
  };

  const outcomes = await teamOutcomes(d, ws, p, settings.minResponses);
  const teams = (await d.r.teams.list(ws))
    .filter((team) => leadsTeam(people, team))
    .sort((a, b) => a.name.localeCompare(b.name));
  const managerIds = (lTable?.visibility.groups(p.key) ?? []).filter(
    (id) => !people || people.includes(id),
  );
  const names = new Map(
    (await d.r.employees.getMany(ws, managerIds)).map((e) => [e.id, e.name] as const),
  );
  return {
    period: periodInfo(p, d.clock.now()),
    threshold: t,
    minResponses: settings.minResponses,
    surveys: { employee: employeeSurvey ?? null, leadership: leadershipSurvey ?? null },
    company: { employee: employee(null), leadership: leadership(null) },
    teams: teams.map((team) => ({
      teamId: team.id,
      name: team.name,
      leadId: team.leadId,
      employee: employee(team.id),
      leadership: {
        managerId: team.leadId,
        ...(team.leadId
          ? leadership(team.leadId)
          : { shown: true, respondents: 0, figure: pulseFigure('leadership', [], t) }),
      },
      customers: outcomes.get(team.id) ?? noOutcomes(),
    })),
    managers: managerIds.map((id) => ({
      managerId: id,
      name: names.get(id) ?? null,
      ...leadership(id),
    })),
  };
}
