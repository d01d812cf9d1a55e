/**
 * Story 3's company, built through the public API: eight teams with a lead each under one head,
 * employee and leadership pulses answered anonymously through single-use links (July for four
 * teams, August for the other four), a second, smaller employee survey, and every team's
 * customers' CSAT and NPS. The hand-checked numbers live in DESIGNED.
 */
import {
  employeePulseSurvey,
  leadershipPulseSurvey,
  relationshipNpsSurvey,
  transactionalCsatSurvey,
} from '@rapport/core';
import type { FakeClock } from '@rapport/testing';
import type { TestWorkspace } from '../../testing/harness.ts';

export interface DesignedTeam {
  name: string;
  month: '2026-07' | '2026-08';
  /** Each employee-pulse respondent's answer to all seven items: the lead first, then agents. */
  engagement: number[];
  /** Each agent's answer to all six upward items about the lead. */
  leadership: number[];
  /** Satisfied (4–5) of 20 CSAT answers. */
  csatTopBox: number;
}

// east has 4 respondents (hidden); south (6) is the smallest team beside it in August, so it is
// hidden too — else "everyone in August − the teams shown" would be east.
export const DESIGNED: DesignedTeam[] = [
  {
    name: 'north',
    month: '2026-07',
    engagement: [4, 5, 4, 4, 5, 4, 4, 5],
    leadership: [5, 4, 5, 4, 5, 4, 5],
    csatTopBox: 17,
  },
  {
    name: 'west',
    month: '2026-07',
    engagement: [4, 4, 3, 4, 4, 4, 3],
    leadership: [4, 4, 4, 3, 4, 4],
    csatTopBox: 16,
  },
  {
    name: 'harbour',
    month: '2026-07',
    engagement: [3, 3, 3, 4, 3, 3, 3, 4, 3],
    leadership: [3, 2, 3, 3, 2, 3, 3, 2],
    csatTopBox: 14,
  },
  {
    name: 'hill',
    month: '2026-07',
    engagement: [5, 4, 5, 4, 5, 4, 4],
    leadership: [5, 5, 4, 5, 5, 4],
    csatTopBox: 18,
  },
  {
    name: 'east',
    month: '2026-08',
    engagement: [2, 3, 2, 3],
    leadership: [2, 2, 3],
    csatTopBox: 13,
  },
  {
    name: 'south',
    month: '2026-08',
    engagement: [4, 4, 4, 3, 4, 4],
    leadership: [4, 3, 4, 4, 4],
    csatTopBox: 16,
  },
  {
    name: 'river',
    month: '2026-08',
    engagement: [3, 3, 4, 3, 3, 3, 3, 4, 3, 3],
    leadership: [3, 3, 2, 3, 3, 2, 3, 3, 3],
    csatTopBox: 15,
  },
  {
    name: 'valley',
    month: '2026-08',
    engagement: [4, 4, 4, 4, 3, 4, 4, 4],
    leadership: [4, 4, 4, 5, 4, 4, 4],
    csatTopBox: 17,
  },
];
/** The eight leads' answers about the head (August). */
export const HEAD_LEADERSHIP = [4, 3, 4, 4, 3, 4, 3, 4];
/** The second employee survey, August: 3 of north (hidden) and 6 of west. */
export const SECOND_SURVEY = { north: 3, west: 6 };

const ENGAGEMENT_ITEMS = [
  'meaningful',
  'equipped',
  'recognised',
  'growth',
  'teamwork',
  'voice',
  'serve_customers',
];
const LEADERSHIP_ITEMS = [
  'clear_expectations',
  'useful_feedback',
  'support',
  'recognition',
  'trust',
  'customer_focus',
];
/** eNPS of a respondent whose items are all v. */
export const enpsOf = (v: number): number => ({ 1: 1, 2: 3, 3: 6, 4: 8, 5: 10 })[v] ?? 5;
export const commentOf = (team: string, k: number): string => `${team} says thing ${k}`;

export interface Story3 {
  teamIds: Record<string, string>;
  leadIds: Record<string, string>;
  headId: string;
  surveys: { e1: string; e2: string; l1: string; csat: string; nps: string };
}

type Ws = Pick<TestWorkspace, 'json' | 'call'>;

async function invite(ws: Ws, body: Record<string, unknown>): Promise<Map<string, string>> {
  const out = await ws.json<{ invitations: Array<{ employeeId: string; url: string | null }> }>(
    'POST',
    '/api/v1/pulse/invitations',
    { channel: 'web', ...body },
  );
  return new Map(out.invitations.map((i) => [i.employeeId, (i.url ?? '').split('/s/')[1] ?? '']));
}

async function answer(
  ws: Ws,
  token: string,
  answers: Array<{ questionId: string; value: unknown }>,
) {
  const res = await ws.call('POST', '/api/v1/pulse/answers', { token, answers });
  if (res.statusCode !== 201) throw new Error(`pulse answer → ${res.statusCode}: ${res.body}`);
}

const employeeAnswers = (v: number, comment: string | null) => [
  { questionId: 'enps', value: enpsOf(v) },
  ...ENGAGEMENT_ITEMS.map((questionId) => ({ questionId, value: v })),
  ...(comment ? [{ questionId: 'one_thing', value: comment }] : []),
];
const leadershipAnswers = (v: number) =>
  LEADERSHIP_ITEMS.map((questionId) => ({ questionId, value: v }));

export async function buildStory3(ws: Ws, clock: FakeClock): Promise<Story3> {
  const post = <T>(url: string, body: unknown) => ws.json<T & { id: string }>('POST', url, body);
  const head = await post('/api/v1/employees', { name: 'Head of Service' });
  const survey = async (definition: unknown) =>
    (await post('/api/v1/surveys', { definition, status: 'live' })).id;
  const surveys = {
    e1: await survey(employeePulseSurvey({ id: 'x', name: 'Quarterly pulse' })),
    e2: await survey(employeePulseSurvey({ id: 'x', name: 'Onboarding pulse' })),
    l1: await survey(leadershipPulseSurvey({ id: 'x' })),
    csat: await survey(transactionalCsatSurvey({ id: 'x' })),
    nps: await survey(relationshipNpsSurvey({ id: 'x' })),
  };
  const teamIds: Record<string, string> = {};
  const leadIds: Record<string, string> = {};
  const members: Record<string, string[]> = {};
  for (const t of DESIGNED) {
    const team = await post('/api/v1/teams', { name: t.name });
    const lead = await post('/api/v1/employees', {
      name: `${t.name} lead`,
      teamId: team.id,
      managerId: head.id,
    });
    await ws.json('PATCH', `/api/v1/teams/${team.id}`, { leadId: lead.id });
    const agents = [];
    for (let k = 0; k < t.leadership.length; k++)
      agents.push(
        (
          await post('/api/v1/employees', {
            name: `${t.name} agent ${k}`,
            teamId: team.id,
            managerId: lead.id,
          })
        ).id,
      );
    teamIds[t.name] = team.id;
    leadIds[t.name] = lead.id;
    members[t.name] = [lead.id, ...agents];
  }

  for (const month of ['2026-07', '2026-08'] as const) {
    clock.set(`${month}-14T10:00:00.000Z`);
    for (const t of DESIGNED.filter((d) => d.month === month)) {
      const ids = members[t.name] ?? [];
      const tokens = await invite(ws, { surveyId: surveys.e1, teamId: teamIds[t.name] });
      for (const [k, v] of t.engagement.entries())
        await answer(ws, tokens.get(ids[k] ?? '') ?? '', employeeAnswers(v, commentOf(t.name, k)));
      for (const [k, v] of t.leadership.entries()) {
        const agent = ids[k + 1] ?? '';
        const one = await invite(ws, { surveyId: surveys.l1, employeeId: agent });
        await answer(ws, one.get(agent) ?? '', leadershipAnswers(v));
      }
    }
  }
  // August: the leads rate the head; the second survey in north (3) and west (6).
  for (const [k, t] of DESIGNED.entries()) {
    const lead = leadIds[t.name] ?? '';
    const one = await invite(ws, { surveyId: surveys.l1, employeeId: lead });
    await answer(ws, one.get(lead) ?? '', leadershipAnswers(HEAD_LEADERSHIP[k] ?? 3));
  }
  for (const [name, count] of Object.entries(SECOND_SURVEY)) {
    const tokens = await invite(ws, { surveyId: surveys.e2, teamId: teamIds[name] });
    for (const id of (members[name] ?? []).slice(0, count))
      await answer(ws, tokens.get(id) ?? '', employeeAnswers(4, null));
  }

  // Customers: 20 CSAT answers about each team's interactions, 10 NPS answers of its accounts,
  // told at the end of August, after they happened (a time ahead of the clock is refused).
  clock.set('2026-08-31T18:00:00.000Z');
  for (const t of DESIGNED) {
    const agent = members[t.name]?.[1] ?? '';
    for (let k = 0; k < 20; k++) {
      const c = await post('/api/v1/customers', {
        name: `${t.name} customer ${k}`,
        relationshipOwnerId: k < 10 ? leadIds[t.name] : null,
      });
      const i = await post('/api/v1/interactions', {
        customerId: c.id,
        channel: 'phone',
        stage: 'support',
        occurredAt: `2026-08-${String(10 + (k % 10)).padStart(2, '0')}T12:00:00Z`,
        employeeIds: [agent],
      });
      await post('/api/v1/responses', {
        surveyId: surveys.csat,
        interactionId: i.id,
        submittedAt: `2026-08-${String(10 + (k % 10)).padStart(2, '0')}T15:00:00Z`,
        answers: [{ questionId: 'csat', value: k < t.csatTopBox ? 5 : 3 }],
      });
      if (k < 10)
        await post('/api/v1/responses', {
          surveyId: surveys.nps,
          customerId: c.id,
          submittedAt: '2026-08-25T09:00:00Z',
          answers: [{ questionId: 'nps', value: k < t.csatTopBox - 10 ? 9 : 6 }],
        });
    }
  }
  clock.set('2026-11-15T12:00:00.000Z');
  return { teamIds, leadIds, headId: head.id, surveys };
}
