/**
 * The demo's customers answering: transactional CSAT (and often CES) about a fifth of the teams'
 * interactions, and relationship NPS from customers — each answer's level following the team's
 * employee engagement in that quarter, with noise. Submitted through submitResponse, so
 * attribution and the daily roll-ups are exactly as in production.
 */
import {
  createSurvey,
  quarterOfMonth,
  relationshipNpsSurvey,
  submitResponse,
  systemCtx,
  transactionalCsatSurvey,
  type Clock,
  type Customer,
  type Ids,
  type Interaction,
  type SubmitInput,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { clockAt } from './clock-at.ts';
import { cesScore, csatScore, npsScore, type TeamChain } from './chain-model.ts';
import { Rng } from './random.ts';
import { COMMENTS, type Tone } from './texts.ts';

const HOUR = 3_600_000;

async function allInteractions(store: Store, ws: string): Promise<Interaction[]> {
  const out: Interaction[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.read((r) => r.interactions.list(ws, {}, { limit: 500, cursor }));
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export async function addCustomerFeedback(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  opts: {
    ws: string;
    customers: readonly Customer[];
    chains: ReadonlyMap<string, TeamChain>;
    /** Team of each relationship owner. */
    ownerTeam: ReadonlyMap<string, string>;
    quarters: readonly string[];
    rng: Rng;
    until: number;
    /** Customers whose history is a story of their own (./stories): no answers made up for them. */
    skipCustomers?: ReadonlySet<string> | undefined;
  },
): Promise<{ surveys: number; responses: number }> {
  const { ws, rng } = opts;
  const ctx = systemCtx(ws);
  const survey = (definition: ReturnType<typeof transactionalCsatSurvey>) =>
    store.write((r) => createSurvey({ ...deps, r }, ctx, { definition, status: 'live' }));
  const csat = await survey(transactionalCsatSurvey({ id: 'x', name: 'After-contact survey' }));
  const nps = await survey(relationshipNpsSurvey({ id: 'x', name: 'Relationship NPS' }));
  const first = opts.quarters[0] ?? '';
  const last = opts.quarters[opts.quarters.length - 1] ?? '';
  /**
   * A team's engagement in the quarter of `iso` (the nearest modelled quarter outside them) and
   * its customers' own shift.
   */
  const team = (teamId: string | null, iso: string): [number, number] => {
    const chain = teamId ? opts.chains.get(teamId) : undefined;
    if (!chain) return [3.6, 0];
    const q = quarterOfMonth(iso.slice(0, 7));
    const e = chain.engagement.get(q < first ? first : q > last ? last : q) ?? 3.6;
    return [e, chain.customerShift];
  };
  const inputs: SubmitInput[] = [];
  // Comments come from a generator of their own, so the scores stay those of every seed before.
  const words = new Rng(0x5eed_c0de);
  const comment = (tone: Tone) => words.pick(COMMENTS[tone]);
  for (const i of await allInteractions(store, ws)) {
    if (opts.skipCustomers?.has(i.customerId)) continue;
    if (!i.teamId || i.channel === 'web' || !rng.chance(0.2)) continue;
    const at = Math.min(opts.until, Date.parse(i.occurredAt) + rng.int(1, 6) * HOUR);
    const [e, shift] = team(i.teamId, i.occurredAt);
    const csatValue = csatScore(e, shift, i.outcome, rng);
    const answers: SubmitInput['answers'] = [{ questionId: 'csat', value: csatValue }];
    if (rng.chance(0.6))
      answers.push({ questionId: 'ces', value: cesScore(e, shift, i.outcome, rng) });
    const score = csatValue;
    if (words.chance(score <= 2 ? 0.7 : 0.35))
      answers.push({
        questionId: 'comment',
        value: comment(score <= 2 ? 'bad' : score >= 4 ? 'good' : 'ok'),
      });
    inputs.push({
      surveyId: csat.id,
      channel: 'sms',
      interactionId: i.id,
      submittedAt: new Date(at).toISOString(),
      answers,
    });
  }
  for (const c of opts.customers) {
    if (!rng.chance(0.3)) continue;
    const at = new Date(opts.until - rng.next() * 180 * 24 * HOUR).toISOString();
    const owner = c.relationshipOwnerId
      ? (opts.ownerTeam.get(c.relationshipOwnerId) ?? null)
      : null;
    const [e, shift] = team(owner, at);
    const value = npsScore(e, shift, rng);
    const answers: SubmitInput['answers'] = [{ questionId: 'nps', value }];
    // The follow-up the survey shows for this score (why_low, to_earn_more or valued_most).
    if (words.chance(0.5))
      answers.push(
        value <= 6
          ? { questionId: 'why_low', value: comment('bad') }
          : value <= 8
            ? { questionId: 'to_earn_more', value: comment('ok') }
            : { questionId: 'valued_most', value: comment('good') },
      );
    inputs.push({
      surveyId: nps.id,
      channel: 'email',
      customerId: c.id,
      submittedAt: at,
      answers,
    });
  }
  const out = await store.writeEach(inputs, (r, input) =>
    submitResponse(
      { ...deps, clock: clockAt(input.submittedAt ?? deps.clock.now().getTime()), r },
      ctx,
      input,
    ),
  );
  const failed = out.find((o) => !o.ok);
  if (failed && !failed.ok) throw failed.error;
  return { surveys: 2, responses: inputs.length };
}
