/**
 * The demo's pulse waves: an employee pulse (eNPS and engagement) and a leadership pulse (upward
 * feedback about one's own manager), each sent as single-use links in the middle of the last two
 * ended quarters and answered anonymously through those links — the real path, so invitations
 * forget who answered when, and responses keep only team, manager and day.
 */
import {
  answerPulseInvitation,
  createSurvey,
  DAY_MS,
  employeePulseSurvey,
  inviteEmployee,
  leadershipPulseSurvey,
  parsePeriod,
  systemCtx,
  type Clock,
  type Employee,
  type Ids,
  type SubmittedAnswer,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { clockAt } from './clock-at.ts';
import { agreement, enpsScore, PULSE_COMMENTS, type TeamChain } from './chain-model.ts';
import type { Company, DemoTeam } from './company.ts';
import type { Rng } from './random.ts';

const ENGAGEMENT = [
  'meaningful',
  'equipped',
  'recognised',
  'growth',
  'teamwork',
  'voice',
  'serve_customers',
];
const LEADERSHIP = [
  'clear_expectations',
  'useful_feedback',
  'support',
  'recognition',
  'trust',
  'customer_focus',
];

interface Answer {
  surveyId: string;
  employeeId: string;
  /** When the wave went out, and when this person answered. */
  sentAt: number;
  answeredAt: number;
  answers: SubmittedAnswer[];
}

function employeeAnswers(e: number, rng: Rng): SubmittedAnswer[] {
  const out: SubmittedAnswer[] = [{ questionId: 'enps', value: enpsScore(e, rng) }];
  for (const id of ENGAGEMENT) out.push({ questionId: id, value: agreement(e, rng) });
  if (rng.chance(0.3))
    out.push({
      questionId: 'one_thing',
      value: rng.pick(PULSE_COMMENTS[e >= 3.6 ? 'high' : 'low']),
    });
  return out;
}

const leadershipAnswers = (l: number, rng: Rng): SubmittedAnswer[] =>
  LEADERSHIP.map((questionId) => ({ questionId, value: agreement(l, rng, 0.6) }));

export async function addPulseWaves(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  opts: {
    ws: string;
    company: Company;
    teams: readonly DemoTeam[];
    chains: ReadonlyMap<string, TeamChain>;
    quarters: readonly string[];
    rng: Rng;
  },
): Promise<{ surveys: number; responses: number }> {
  const { ws, rng } = opts;
  const ctx = systemCtx(ws);
  const survey = (definition: ReturnType<typeof employeePulseSurvey>) =>
    store.write((r) => createSurvey({ ...deps, r }, ctx, { definition, status: 'live' }));
  const employee = await survey(employeePulseSurvey({ id: 'x', name: 'Quarterly pulse' }));
  const leadership = await survey(leadershipPulseSurvey({ id: 'x', name: 'Leadership pulse' }));
  const todo: Answer[] = [];
  for (const q of opts.quarters) {
    const sentAt = Date.parse(parsePeriod(q).from) + 40 * DAY_MS + 9 * 3_600_000;
    const when = () => sentAt + rng.int(0, 6) * DAY_MS + rng.int(0, 8 * 3_600) * 1000;
    const ask = (surveyId: string, e: Employee, answers: SubmittedAnswer[]) =>
      todo.push({ surveyId, employeeId: e.id, sentAt, answeredAt: when(), answers });
    const managerMean = 3.7;
    for (const t of opts.teams) {
      const chain = opts.chains.get(t.team.id);
      if (!chain) continue;
      const e = chain.engagement.get(q) ?? 3.5;
      const people = [t.lead, ...t.agents];
      // Nearly everyone answers; in bigger teams one person now and then does not.
      const skip = people.length >= 7 && rng.chance(0.5) ? rng.int(1, people.length - 1) : -1;
      people.forEach((p, k) => k !== skip && ask(employee.id, p, employeeAnswers(e, rng)));
      for (const a of t.agents) ask(leadership.id, a, leadershipAnswers(chain.leadership, rng));
      ask(leadership.id, t.lead, leadershipAnswers(managerMean, rng));
    }
    for (const m of opts.company.managers) {
      ask(employee.id, m, employeeAnswers(3.9, rng));
      ask(leadership.id, m, leadershipAnswers(4, rng));
    }
    ask(employee.id, opts.company.head, employeeAnswers(4.2, rng));
  }
  const out = await store.writeEach(todo, async (r, a) => {
    const { token } = await inviteEmployee({ r, ids: deps.ids, clock: clockAt(a.sentAt) }, ctx, {
      surveyId: a.surveyId,
      employeeId: a.employeeId,
      channel: 'web',
    });
    if (!token) throw new Error('demo pulse invitation was skipped');
    await answerPulseInvitation(
      { r, ids: deps.ids, clock: clockAt(a.answeredAt) },
      token,
      a.answers,
    );
  });
  const failed = out.find((o) => !o.ok);
  if (failed && !failed.ok) throw failed.error;
  return { surveys: 2, responses: todo.length };
}
