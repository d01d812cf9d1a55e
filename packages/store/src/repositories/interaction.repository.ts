import type {
  Channel,
  Expectation,
  Interaction,
  InteractionRepo,
  Message,
  Outcome,
  Speaker,
} from '@rapport/core';
import { sql, type Insertable, type Selectable } from 'kysely';
import { fromJson, pageOf, pastCursor, toJson } from '../codec.ts';
import type { InteractionsTable, MessagesTable } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { interactionInScope } from './people-scope.ts';

const toInteraction = (
  r: Selectable<InteractionsTable>,
  messages: Message[] = [],
): Interaction => ({
  id: r.id,
  workspaceId: r.workspace_id,
  externalId: r.external_id,
  customerId: r.customer_id,
  channel: r.channel as Channel,
  stage: r.stage,
  occurredAt: r.occurred_at,
  outcome: r.outcome as Outcome | null,
  expectation: r.expectation as Expectation | null,
  employeeIds: fromJson<string[]>(r.employee_ids, []),
  teamId: r.team_id,
  note: r.note,
  durationSeconds: r.duration_seconds === null ? null : Number(r.duration_seconds),
  attributes: fromJson(r.attributes, {}),
  messages,
  messageCount: Number(r.message_count),
  createdAt: r.created_at,
});

const toRow = (i: Interaction): Insertable<InteractionsTable> => ({
  workspace_id: i.workspaceId,
  id: i.id,
  external_id: i.externalId,
  customer_id: i.customerId,
  channel: i.channel,
  stage: i.stage,
  occurred_at: i.occurredAt,
  outcome: i.outcome,
  expectation: i.expectation,
  employee_ids: toJson(i.employeeIds),
  agent_id: i.employeeIds[0] ?? null,
  team_id: i.teamId,
  note: i.note,
  duration_seconds: i.durationSeconds,
  attributes: toJson(i.attributes),
  message_count: i.messages.length,
  created_at: i.createdAt,
});

const toMessage = (m: Selectable<MessagesTable>): Message => ({
  seq: Number(m.seq),
  speaker: m.speaker as Speaker,
  employeeId: m.employee_id,
  text: m.text,
  at: m.at,
});

/** Rows per multi-row INSERT: below SQLite's 32,766 bound parameters for any of our tables. */
const CHUNK = 500;

export function interactionRepository({ db }: RepoContext): InteractionRepo {
  const all = (ws: string) =>
    db.selectFrom('interactions').selectAll().where('workspace_id', '=', ws);

  async function withMessages(
    r: Selectable<InteractionsTable> | undefined,
  ): Promise<Interaction | undefined> {
    if (!r) return undefined;
    const msgs =
      Number(r.message_count) > 0
        ? await db
            .selectFrom('messages')
            .selectAll()
            .where('workspace_id', '=', r.workspace_id)
            .where('interaction_id', '=', r.id)
            .orderBy('seq')
            .execute()
        : [];
    return toInteraction(r, msgs.map(toMessage));
  }

  async function writeChildren(i: Interaction): Promise<void> {
    if (i.employeeIds.length) {
      await db
        .insertInto('interaction_employees')
        .values(
          i.employeeIds.map((employee_id, position) => ({
            workspace_id: i.workspaceId,
            interaction_id: i.id,
            employee_id,
            position,
          })),
        )
        .execute();
    }
    for (let k = 0; k < i.messages.length; k += CHUNK) {
      await db
        .insertInto('messages')
        .values(
          i.messages.slice(k, k + CHUNK).map((m) => ({
            workspace_id: i.workspaceId,
            interaction_id: i.id,
            seq: m.seq,
            speaker: m.speaker,
            employee_id: m.employeeId,
            text: m.text,
            at: m.at,
          })),
        )
        .execute();
    }
  }

  async function deleteChildren(ws: string, id: string): Promise<void> {
    await db
      .deleteFrom('interaction_employees')
      .where('workspace_id', '=', ws)
      .where('interaction_id', '=', id)
      .execute();
    await db
      .deleteFrom('messages')
      .where('workspace_id', '=', ws)
      .where('interaction_id', '=', id)
      .execute();
  }

  return {
    async get(ws, id) {
      return withMessages(await all(ws).where('id', '=', id).executeTakeFirst());
    },
    async getByExternalId(ws, externalId) {
      return withMessages(await all(ws).where('external_id', '=', externalId).executeTakeFirst());
    },
    async list(ws, f, page) {
      let q = all(ws);
      if (f.customerId) q = q.where('customer_id', '=', f.customerId);
      if (f.teamId) q = q.where('team_id', '=', f.teamId);
      if (f.channel) q = q.where('channel', '=', f.channel);
      if (f.stage) q = q.where('stage', '=', f.stage);
      if (f.outcome) q = q.where('outcome', '=', f.outcome);
      if (f.externalId) q = q.where('external_id', '=', f.externalId);
      if (f.ids) q = f.ids.length ? q.where('id', 'in', [...f.ids]) : q.where(sql<boolean>`1 = 0`);
      if (f.visibleTo) q = q.where(interactionInScope(db, ws, f.visibleTo));
      if (f.from) q = q.where('occurred_at', '>=', f.from);
      if (f.to) q = q.where('occurred_at', '<', f.to);
      if (f.employeeId) {
        const employeeId = f.employeeId;
        q = q.where('id', 'in', (eb) =>
          eb
            .selectFrom('interaction_employees')
            .select('interaction_id')
            .where('workspace_id', '=', ws)
            .where('employee_id', '=', employeeId),
        );
      }
      if (page.cursor) {
        q = q.where(pastCursor(page.cursor, 'occurred_at', 'int'));
      }
      const rows = await q
        .orderBy('occurred_at', 'desc')
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(
        rows,
        page.limit,
        (r) => toInteraction(r),
        (r) => [r.occurred_at, r.id],
      );
    },
    async insert(i) {
      await db.insertInto('interactions').values(toRow(i)).execute();
      await writeChildren(i);
    },
    async update(i) {
      const { workspace_id, id, ...rest } = toRow(i);
      await db
        .updateTable('interactions')
        .set(rest)
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .execute();
      await deleteChildren(i.workspaceId, i.id);
      await writeChildren(i);
    },
    async delete(ws, id) {
      const r = await db
        .deleteFrom('interactions')
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      await deleteChildren(ws, id);
      return Number(r.numDeletedRows) > 0;
    },
  };
}
