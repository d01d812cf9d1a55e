/**
 * Test support for story 3: request every combination of filters and groupings the API offers for
 * pulse results — each pulse metric by period, month, team or manager, survey and grouping, and
 * the team-scores and linkage views — and collect every cell shown, as an attacker would.
 */
import type { ShownCell } from './anonymity-attack.ts';
import { DESIGNED, type Story3 } from './story3.fixture.ts';

interface Cell {
  group: string | null;
  period: string;
  shown: boolean;
  respondents: number | null;
}
interface PulseOut {
  surveyId: string | null;
  overall: Cell;
  cells: Cell[];
}
interface ScoresOut {
  surveys: { employee: string | null; leadership: string | null };
  company: { employee: { shown: boolean; respondents: number | null } };
  teams: Array<{
    teamId: string;
    employee: { shown: boolean; respondents: number | null };
    leadership: { shown: boolean; respondents: number | null };
  }>;
  managers: Array<{ managerId: string; shown: boolean; respondents: number | null }>;
}
interface LinkageOut {
  surveys: { employee: string | null };
  engagementToOutcome: { points: Array<{ teamId: string; weight: number }> };
}

const PERIODS = ['2026-07', '2026-08', '2026-Q3'];

export async function everyFigureShown(
  get: <T>(url: string) => Promise<T>,
  s: Story3,
): Promise<{ cells: ShownCell[]; calls: number; leaks: string[] }> {
  const cells: ShownCell[] = [];
  const leaks: string[] = [];
  let calls = 0;
  const record = (survey: string | null, c: Cell, via: string) => {
    if (survey && c.shown)
      cells.push({ survey, period: c.period, group: c.group ?? '*', n: c.respondents ?? -1, via });
    if (!c.shown && c.respondents !== null) leaks.push(`${via}: a hidden cell tells its n`);
  };
  const teams = Object.values(s.teamIds);
  const managers = [...Object.values(s.leadIds), s.headId];
  for (const metric of ['engagement', 'leadership', 'enps'] as const) {
    const lead = metric === 'leadership';
    const groups = lead ? managers : teams;
    const dim = lead ? 'manager' : 'team';
    const surveys = lead ? [undefined, s.surveys.l1] : [undefined, s.surveys.e1, s.surveys.e2];
    for (const surveyId of surveys)
      for (const period of PERIODS)
        for (const month of period.includes('Q') ? [undefined, '2026-07', '2026-08'] : [undefined])
          for (const groupBy of ['', dim, 'month', `${dim},month`]) {
            if (month && groupBy.includes('month')) continue;
            // eNPS is read from the same cells as engagement: its groupings suffice.
            if (metric === 'enps' && (month || surveyId)) continue;
            for (const g of groupBy.includes(dim) ? [undefined] : [undefined, ...groups]) {
              const q = new URLSearchParams({ period });
              if (surveyId) q.set('surveyId', surveyId);
              if (month) q.set('month', month);
              if (groupBy) q.set('groupBy', groupBy);
              if (g) q.set(lead ? 'managerId' : 'teamId', g);
              const url = `/api/v1/pulse/metrics/${metric}?${q}`;
              const out = await get<PulseOut>(url);
              calls++;
              for (const c of [out.overall, ...out.cells]) record(out.surveyId, c, url);
            }
          }
  }
  const leadOf = (teamId: string) =>
    s.leadIds[DESIGNED.find((d) => s.teamIds[d.name] === teamId)?.name ?? ''] ?? '';
  for (const period of PERIODS) {
    const url = `/api/v1/teams/scores?period=${period}`;
    const out = await get<ScoresOut>(url);
    const { employee: e, leadership: l } = out.surveys;
    for (const t of out.teams) {
      record(e, { group: t.teamId, period, ...t.employee }, url);
      record(l, { group: leadOf(t.teamId), period, ...t.leadership }, url);
    }
    for (const m of out.managers) record(l, { group: m.managerId, period, ...m }, url);
    record(e, { group: null, period, ...out.company.employee }, url);
    const link = await get<LinkageOut>(`/api/v1/linkage?period=${period}`);
    for (const p of link.engagementToOutcome.points)
      record(
        link.surveys.employee,
        { group: p.teamId, period, shown: true, respondents: p.weight },
        `linkage ${period}`,
      );
    calls += 2;
  }
  return { cells, calls, leaks };
}
