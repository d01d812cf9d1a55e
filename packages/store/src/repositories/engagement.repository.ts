import type {
  AnswerMetric,
  Channel,
  EngagementEvent,
  EngagementReason,
  EngagementRepo,
  Expectation,
  Outcome,
  Signal,
  TouchpointAnswer,
  TouchpointResponse,
} from '@rapport/core';
import { reasonQuotesWords } from '@rapport/core';
import type { Selectable } from 'kysely';
import { fromJson, toJson } from '../codec.ts';
import type { EngagementEventsTable } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { chunks } from './in-lists.ts';
import { toSignal } from './signal.repository.ts';

const toEvent = (r: Selectable<EngagementEventsTable>): EngagementEvent => ({
  id: r.id,
  workspaceId: r.workspace_id,
  customerId: r.customer_id,
  at: r.at,
  interactionId: r.interaction_id,
  responseId: r.response_id,
  before: Number(r.before),
  after: Number(r.after),
  delta: Number(r.delta),
  reasons: fromJson<EngagementReason[]>(r.reasons, []),
});

/** Answers that move engagement: the customer-survey scores and expectations. */
const ENGAGEMENT_METRICS = ['nps', 'csat', 'ces', 'expectations'];
const CUSTOMER_SURVEYS = ['relationship', 'transactional'];

export function engagementRepository({ db }: RepoContext): EngagementRepo {
  const events = (ws: string, customerId: string) =>
    db
      .selectFrom('engagement_events')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('customer_id', '=', customerId);

  async function responsesOf(ws: string, customerId: string, from: string | null, ints: string[]) {
    const base = () =>
      db
        .selectFrom('responses')
        .select(['id', 'interaction_id', 'submitted_at', 'channel', 'stage'])
        .where('workspace_id', '=', ws)
        .where('customer_id', '=', customerId)
        .where('survey_kind', 'in', CUSTOMER_SURVEYS);
    const rows =
      from === null
        ? await base().execute()
        : await base().where('submitted_at', '>=', from).execute();
    if (from !== null)
      for (const part of chunks(ints))
        rows.push(...(await base().where('interaction_id', 'in', part).execute()));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const answers = new Map<string, TouchpointAnswer[]>();
    for (const part of chunks([...byId.keys()])) {
      const found = await db
        .selectFrom('answers')
        .select(['response_id', 'metric', 'value_num', 'value_text', 'scale_min', 'scale_max'])
        .where('workspace_id', '=', ws)
        .where('response_id', 'in', part)
        .where('metric', 'in', ENGAGEMENT_METRICS)
        .orderBy('response_id')
        .orderBy('question_id')
        .execute();
      for (const a of found) {
        const list = answers.get(a.response_id) ?? [];
        list.push({
          metric: a.metric as AnswerMetric,
          valueNum: a.value_num === null ? null : Number(a.value_num),
          valueText: a.value_text,
          scaleMin: a.scale_min === null ? null : Number(a.scale_min),
          scaleMax: a.scale_max === null ? null : Number(a.scale_max),
        });
        answers.set(a.response_id, list);
      }
    }
    return [...byId.values()].map((r): TouchpointResponse => ({
      id: r.id,
      interactionId: r.interaction_id,
      at: r.submitted_at,
      channel: r.channel,
      stage: r.stage,
      answers: answers.get(r.id) ?? [],
    }));
  }

  async function signalsOf(
    ws: string,
    customerId: string,
    from: string | null,
    ints: string[],
    rsps: string[],
  ): Promise<Signal[]> {
    const base = () =>
      db
        .selectFrom('signals')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('customer_id', '=', customerId);
    if (from === null) return (await base().execute()).map(toSignal);
    const out = new Map<string, Signal>();
    for (const part of chunks(ints))
      for (const r of await base().where('interaction_id', 'in', part).execute())
        out.set(r.id, toSignal(r));
    for (const part of chunks(rsps))
      for (const r of await base().where('response_id', 'in', part).execute())
        out.set(r.id, toSignal(r));
    return [...out.values()];
  }

  return {
    async events(ws, customerId) {
      return (await events(ws, customerId).orderBy('at').orderBy('id').execute()).map(toEvent);
    },
    async lastBefore(ws, customerId, at) {
      const r = await events(ws, customerId)
        .where('at', '<', at)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return r && toEvent(r);
    },
    async replaceFrom(ws, customerId, from, list) {
      let del = db
        .deleteFrom('engagement_events')
        .where('workspace_id', '=', ws)
        .where('customer_id', '=', customerId);
      if (from !== null) del = del.where('at', '>=', from);
      await del.execute();
      for (const part of chunks(list))
        await db
          .insertInto('engagement_events')
          .values(
            part.map((e) => ({
              workspace_id: e.workspaceId,
              customer_id: e.customerId,
              id: e.id,
              at: e.at,
              interaction_id: e.interactionId,
              response_id: e.responseId,
              before: e.before,
              after: e.after,
              delta: e.delta,
              reasons: toJson(e.reasons),
              text_until: e.reasons.some(reasonQuotesWords) ? e.at : null,
            })),
          )
          .execute();
    },
    async quotingWordsBefore(ws, before, limit) {
      // The oldest `limit` quoting steps by their index, then grouped: grouping the whole
      // query would have SQLite walk the workspace's steps in customer order instead.
      const oldest = db
        .selectFrom('engagement_events')
        .select(['customer_id', 'text_until'])
        .where('workspace_id', '=', ws)
        .where('text_until', '<', before)
        .orderBy('text_until')
        .limit(limit)
        .as('q');
      const rows = await db
        .selectFrom(oldest)
        .select(['q.customer_id', (eb) => eb.fn.min('q.text_until').as('from')])
        .groupBy('q.customer_id')
        .orderBy('from')
        .execute();
      return rows.map((r) => ({ customerId: r.customer_id, from: String(r.from) }));
    },
    async touchpoints(ws, customerId, from) {
      let q = db
        .selectFrom('interactions')
        .select(['id', 'occurred_at', 'channel', 'stage', 'outcome', 'expectation'])
        .where('workspace_id', '=', ws)
        .where('customer_id', '=', customerId);
      if (from !== null) q = q.where('occurred_at', '>=', from);
      const interactions = (await q.execute()).map((r) => ({
        id: r.id,
        at: r.occurred_at,
        channel: r.channel as Channel,
        stage: r.stage,
        outcome: r.outcome as Outcome | null,
        expectation: r.expectation as Expectation | null,
      }));
      const ints = interactions.map((i) => i.id);
      const responses = await responsesOf(ws, customerId, from, ints);
      const signals = await signalsOf(
        ws,
        customerId,
        from,
        ints,
        responses.map((r) => r.id),
      );
      return { interactions, responses, signals };
    },
  };
}
