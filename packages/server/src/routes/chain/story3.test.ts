// Story 3 of DESIGN.md (seeds/002, "the unbroken chain"), end to end through the public API: eight
// teams with leadership and employee pulses answered anonymously and their customers' CSAT and
// NPS. The linkage shows the correlation over teams with its interval, matching an independent
// computation; the team of 4 is hidden everywhere — through every filter and grouping the API
// offers, and by no difference of what it shows; the low-leadership teams are flagged.
import { describeEachDialect, FakeClock, idsFor } from '@rapport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';
import { attack, type Atom, type ShownCell } from './anonymity-attack.ts';
import { everyFigureShown } from './story3.requests.ts';
import {
  buildStory3,
  commentOf,
  DESIGNED,
  HEAD_LEADERSHIP,
  SECOND_SURVEY,
  type Story3,
} from './story3.fixture.ts';

interface Fig {
  status: string;
  value: number | null;
  n: number;
  interval: { low: number; high: number } | null;
}
interface Cell {
  group: string | null;
  period: string;
  shown: boolean;
  respondents: number | null;
  figure: Fig | null;
}
interface PulseOut {
  surveyId: string | null;
  overall: Cell;
  cells: Cell[];
}
interface Estimate {
  r: number | null;
  n: number;
  interval: { low: number; high: number } | null;
  sentence: string;
  method: string;
}
interface Link {
  n: number;
  primary: Estimate;
  pearson: Estimate;
  spearman: Estimate;
  points: Array<{ teamId: string; x: number; y: number; weight: number }>;
  line: { slope: number; intercept: number } | null;
}
interface LinkageOut {
  leadershipToEngagement: Link;
  engagementToOutcome: Link;
  chain: { broken: Array<{ teamId: string; leadership: number; outcome: number }> };
  teamsHidden: number;
}
interface TeamRow {
  teamId: string;
  employee: {
    shown: boolean;
    respondents: number | null;
    engagement: Fig | null;
    enps: Fig | null;
  };
  leadership: { shown: boolean; respondents: number | null; figure: Fig | null };
  customers: Record<string, Fig>;
}
interface ScoresOut {
  company: { employee: { shown: boolean; respondents: number | null; engagement: Fig | null } };
  teams: TeamRow[];
  managers: Array<{ managerId: string; shown: boolean; respondents: number | null }>;
}

const mean = (vs: readonly number[]) => vs.reduce((a, b) => a + b, 0) / vs.length;
const VISIBLE = ['north', 'west', 'harbour', 'hill', 'river', 'valley'];

/** The textbook one-pass Pearson r — independent of core's two-pass implementation. */
function textbookR(xs: number[], ys: number[]): number {
  const n = xs.length;
  const sx = xs.reduce((a, b) => a + b, 0);
  const sy = ys.reduce((a, b) => a + b, 0);
  const sxy = xs.reduce((a, x, i) => a + x * (ys[i] ?? 0), 0);
  const sxx = xs.reduce((a, x) => a + x * x, 0);
  const syy = ys.reduce((a, y) => a + y * y, 0);
  return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
}

describeEachDialect('story 3: the unbroken chain', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let s: Story3;
  const seen: ShownCell[] = [];
  const bodies: string[] = [];
  const team = (name: string) => s.teamIds[name] ?? '';
  const get = async <T>(url: string): Promise<T> => {
    const res = await ws.call('GET', url);
    if (res.statusCode !== 200) throw new Error(`GET ${url} → ${res.statusCode}: ${res.body}`);
    bodies.push(res.body);
    return res.json<T>();
  };

  beforeAll(async () => {
    const clock = new FakeClock('2026-07-01T09:00:00.000Z');
    api = await testApi(db().store, { clock, ids: idsFor(clock) });
    ws = await api.workspace('Story 3');
    s = await buildStory3(ws, clock);
  }, 240_000);
  afterAll(() => api.close());

  describe('the linkage view', () => {
    it('correlates employee engagement with CSAT over the six visible teams, matching an independent computation', async () => {
      const out = await get<LinkageOut>('/api/v1/linkage?period=2026-Q3&outcome=csat');
      const link = out.engagementToOutcome;
      const byName = VISIBLE.map((n) => DESIGNED.find((d) => d.name === n)!);
      const xs = byName.map((d) => mean(d.engagement));
      const ys = byName.map((d) => (100 * d.csatTopBox) / 20);
      expect(link.n).toBe(6);
      expect(link.points.map((p) => p.teamId).sort()).toEqual(VISIBLE.map(team).sort());
      for (const p of link.points) {
        const d = DESIGNED.find((t) => team(t.name) === p.teamId)!;
        expect(p.x).toBeCloseTo(mean(d.engagement), 12);
        expect(p.y).toBeCloseTo((100 * d.csatTopBox) / 20, 12);
        expect(p.weight).toBe(d.engagement.length);
      }
      // scipy.stats.pearsonr(xs, ys) = 0.9291299782049474; the textbook formula agrees.
      expect(link.pearson.r).toBeCloseTo(0.9291299782049474, 12);
      expect(link.pearson.r).toBeCloseTo(textbookR(xs, ys), 12);
      // Fisher z with 1.96: tanh(atanh r ± 1.96/√3) = [0.47799471608633004, 0.9923866855795411].
      expect(link.pearson.interval?.low).toBeCloseTo(0.47799471608633004, 10);
      expect(link.pearson.interval?.high).toBeCloseTo(0.9923866855795411, 10);
      expect(link.spearman.r).toBeCloseTo(0.9276336570439175, 12);
      expect(link.pearson.sentence).toBe(
        'very strong positive link, r = 0.93, 95 % interval 0.48–0.99, 6 teams',
      );
      // numpy.polyfit(xs, ys, 1) = [12.77562034, 32.253868].
      expect(link.line?.slope).toBeCloseTo(12.77562034, 6);
      expect(link.line?.intercept).toBeCloseTo(32.253868, 5);
      const lead = out.leadershipToEngagement;
      expect(lead.n).toBe(6);
      expect(lead.pearson.r).toBeCloseTo(0.9766189840708062, 12);
      expect(lead.pearson.interval?.low).toBeCloseTo(0.7957815979036195, 10);
      expect(out.teamsHidden).toBe(2);
    });

    it('weights by team size when asked', async () => {
      const out = await get<LinkageOut>(
        '/api/v1/linkage?period=2026-Q3&outcome=csat&weighted=true',
      );
      expect(out.engagementToOutcome.primary.method).toBe('weighted-pearson');
      // numpy: weighted r = 0.9277008929212602 with weights 8, 7, 9, 7, 10, 8.
      expect(out.engagementToOutcome.primary.r).toBeCloseTo(0.9277008929212602, 12);
    });

    it('flags the teams whose leadership engagement and customers are both low', async () => {
      const out = await get<LinkageOut>('/api/v1/linkage?period=2026-Q3&outcome=csat');
      // Leadership cut-off 3.3288 (mean − 0.5 sd), CSAT cut-off 77.15: harbour and river.
      expect(out.chain.broken.map((b) => b.teamId)).toEqual([team('harbour'), team('river')]);
      expect(out.chain.broken[0]?.leadership).toBeCloseTo(21 / 8, 12);
      expect(out.chain.broken[0]?.outcome).toBe(70);
    });

    it('lags a quarter: Q3 engagement against Q4 outcomes (none yet), and refuses a month', async () => {
      const out = await get<LinkageOut>('/api/v1/linkage?period=2026-Q3&outcome=csat&lag=1');
      expect(out.engagementToOutcome.n).toBe(0);
      expect(out.engagementToOutcome.primary.sentence).toBe(
        'too few teams to measure a link, 0 teams',
      );
      const bad = await ws.call('GET', '/api/v1/linkage?period=2026-08&lag=1');
      expect(bad.statusCode).toBe(422);
    });
  });

  describe('team scores', () => {
    it('shows each visible team’s figures with n and intervals, and hides east and south', async () => {
      const out = await get<ScoresOut>('/api/v1/teams/scores?period=2026-Q3');
      expect(out.teams).toHaveLength(8);
      for (const d of DESIGNED) {
        const row = out.teams.find((t) => t.teamId === team(d.name))!;
        if (!VISIBLE.includes(d.name)) {
          expect(row.employee).toEqual({
            shown: false,
            respondents: null,
            engagement: null,
            enps: null,
          });
          expect(row.leadership).toMatchObject({ shown: false, respondents: null, figure: null });
          continue;
        }
        expect(row.employee.respondents).toBe(d.engagement.length);
        expect(row.employee.engagement?.value).toBeCloseTo(mean(d.engagement), 12);
        expect(row.employee.engagement?.interval?.low).toBeLessThan(mean(d.engagement));
        expect(row.leadership.respondents).toBe(d.leadership.length);
        expect(row.leadership.figure?.value).toBeCloseTo(mean(d.leadership), 12);
        expect(row.customers.csat).toMatchObject({
          status: 'ok',
          value: (100 * d.csatTopBox) / 20,
          n: 20,
        });
        expect(row.customers.nps).toMatchObject({ status: 'ok', n: 10 });
      }
      // Customer outcomes are not anonymous: east's customers are shown.
      expect(out.teams.find((t) => t.teamId === team('east'))?.customers.csat?.value).toBe(65);
      const head = out.managers.find((m) => m.managerId === s.headId);
      expect(head).toMatchObject({ shown: true, respondents: HEAD_LEADERSHIP.length });
      expect(out.company.employee.respondents).toBe(
        DESIGNED.reduce((a, d) => a + d.engagement.length, 0),
      );
    });
  });

  describe('anonymity through every filter', () => {
    it('never lets any combination of the API’s figures reveal a group under 5', async () => {
      const { cells, calls, leaks } = await everyFigureShown(get, s);
      seen.push(...cells);
      expect(leaks).toEqual([]);
      expect(calls).toBeGreaterThan(200);

      const atoms: Atom[] = [
        ...DESIGNED.map((d) => ({
          survey: s.surveys.e1,
          month: d.month,
          group: team(d.name),
          n: d.engagement.length,
        })),
        ...Object.entries(SECOND_SURVEY).map(([name, n]) => ({
          survey: s.surveys.e2,
          month: '2026-08',
          group: team(name),
          n,
        })),
        ...DESIGNED.map((d) => ({
          survey: s.surveys.l1,
          month: d.month,
          group: s.leadIds[d.name] ?? '',
          n: d.leadership.length,
        })),
        { survey: s.surveys.l1, month: '2026-08', group: s.headId, n: HEAD_LEADERSHIP.length },
      ];
      expect(attack(atoms, seen, 5)).toEqual([]);
      // The team of 4 (and who protects it) never appears with respondents, anywhere.
      const withPeople = (g: string | undefined, survey: string) =>
        seen.filter((c) => c.group === g && c.survey === survey && c.n > 0);
      for (const g of [team('east'), team('south')])
        expect(withPeople(g, s.surveys.e1)).toEqual([]);
      for (const g of [s.leadIds.east, s.leadIds.south])
        expect(withPeople(g, s.surveys.l1)).toEqual([]);
      expect(withPeople(team('north'), s.surveys.e2)).toEqual([]);
      expect(withPeople(team('north'), s.surveys.e1).length).toBeGreaterThan(10);
    }, 120_000);

    it('totals minus parts give east only together with south', async () => {
      const aug = await get<PulseOut>(
        '/api/v1/pulse/metrics/engagement?period=2026-08&groupBy=team',
      );
      const sum = (c: Cell) => (c.figure?.value ?? 0) * (c.respondents ?? 0);
      const rest =
        sum(aug.overall) - aug.cells.filter((c) => c.shown).reduce((a, c) => a + sum(c), 0);
      const restN =
        (aug.overall.respondents ?? 0) - aug.cells.reduce((a, c) => a + (c.respondents ?? 0), 0);
      const east = DESIGNED.find((d) => d.name === 'east')!.engagement;
      const south = DESIGNED.find((d) => d.name === 'south')!.engagement;
      expect(restN).toBe(east.length + south.length);
      expect(rest).toBeCloseTo(
        east.concat(south).reduce((a, b) => a + b, 0),
        9,
      );
      expect(
        aug.cells
          .filter((c) => !c.shown)
          .map((c) => c.group)
          .sort(),
      ).toEqual([team('east'), team('south')].sort());
    });

    it('shows comments only of shown groups, per quarter, without names, and never east’s', async () => {
      const out = await get<{
        groups: Array<{ group: string | null; shown: boolean; comments: string[] | null }>;
      }>(`/api/v1/pulse/comments?period=2026-Q3&kind=employee&surveyId=${s.surveys.e1}`);
      const of = (name: string) => out.groups.find((g) => g.group === team(name));
      expect(of('east')).toEqual({ group: team('east'), shown: false, comments: null });
      expect(of('south')?.comments).toBeNull();
      expect(of('north')?.comments).toEqual(
        DESIGNED[0]!.engagement
          .map((_, k) => commentOf('north', k))
          .sort((a, b) => a.localeCompare(b)),
      );
      // The company's comments leave out the hidden teams' too: else they could be told apart.
      const company = out.groups.find((g) => g.group === null)!;
      expect(company.shown).toBe(true);
      expect(company.comments?.some((c) => c.startsWith('east'))).toBe(false);
      expect((await ws.call('GET', '/api/v1/pulse/comments?period=2026-08')).statusCode).toBe(422);
      for (const b of bodies) expect(b.includes(commentOf('east', 0))).toBe(false);
    });
  });
});
