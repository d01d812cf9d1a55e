import type {
  Invitation,
  InvitationChannel,
  InvitationFilter,
  InvitationRepo,
  InvitationStatus,
  SkipReason,
} from '@rapport/core';
import { conversationTextSince, progressKept } from '@rapport/core';
import { sql, type Insertable, type Selectable } from 'kysely';
import { decodeCursor, fromJson, num, pageOf, toJson } from '../codec.ts';
import type { InvitationsTable } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { invitationInScope } from './people-scope.ts';

const toInvitation = (r: Selectable<InvitationsTable>): Invitation => ({
  id: r.id,
  workspaceId: r.workspace_id,
  surveyId: r.survey_id,
  surveyVersion: Number(r.survey_version),
  channel: r.channel as InvitationChannel,
  customerId: r.customer_id,
  employeeId: r.employee_id,
  interactionId: r.interaction_id,
  address: r.address,
  tokenHash: r.token_hash,
  status: r.status as InvitationStatus,
  skipReason: r.skip_reason as SkipReason | null,
  sendAt: r.send_at,
  sentAt: r.sent_at,
  expiresAt: r.expires_at,
  openedAt: r.opened_at,
  completedAt: r.completed_at,
  reminderSentAt: r.reminder_sent_at,
  conversation: fromJson(r.conversation, {}),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (i: Invitation): Insertable<InvitationsTable> => ({
  workspace_id: i.workspaceId,
  id: i.id,
  survey_id: i.surveyId,
  survey_version: i.surveyVersion,
  channel: i.channel,
  customer_id: i.customerId,
  employee_id: i.employeeId,
  interaction_id: i.interactionId,
  address: i.address,
  token_hash: i.tokenHash,
  status: i.status,
  skip_reason: i.skipReason,
  send_at: i.sendAt,
  sent_at: i.sentAt,
  expires_at: i.expiresAt,
  opened_at: i.openedAt,
  completed_at: i.completedAt,
  reminder_sent_at: i.reminderSentAt,
  conversation: toJson(i.conversation),
  text_until: progressKept(i.conversation) ? i.expiresAt : conversationTextSince(i.conversation),
  created_at: i.createdAt,
  updated_at: i.updatedAt,
});

/**
 * When raw-text retention must act on a conversation (core's privacy/conversation-text.ts):
 * the oldest words of a finished dialogue, or the link's expiry while a web survey's answers
 * so far are kept.
 */
const textUntil = (conversation: Record<string, unknown>) =>
  progressKept(conversation) ? sql<string>`expires_at` : conversationTextSince(conversation);

export function invitationRepository({ db }: RepoContext): InvitationRepo {
  const all = (ws: string) =>
    db.selectFrom('invitations').selectAll().where('workspace_id', '=', ws);
  const filtered = (ws: string, f: InvitationFilter) => {
    let q = all(ws);
    if (f.surveyId) q = q.where('survey_id', '=', f.surveyId);
    if (f.customerId) q = q.where('customer_id', '=', f.customerId);
    if (f.status) q = q.where('status', '=', f.status);
    if (f.ids) q = f.ids.length ? q.where('id', 'in', [...f.ids]) : q.where(sql<boolean>`1 = 0`);
    if (f.customersOnly) q = q.where('employee_id', 'is', null);
    if (f.visibleTo) q = q.where(invitationInScope(db, ws, f.visibleTo));
    return q;
  };
  return {
    async get(ws, id) {
      const r = await all(ws).where('id', '=', id).executeTakeFirst();
      return r && toInvitation(r);
    },
    async findByTokenHash(ws, hash) {
      const r = await all(ws).where('token_hash', '=', hash).executeTakeFirst();
      return r && toInvitation(r);
    },
    async insert(i) {
      await db.insertInto('invitations').values(toRow(i)).execute();
    },
    async update(i) {
      const { workspace_id, id, ...rest } = toRow(i);
      await db
        .updateTable('invitations')
        .set(rest)
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .execute();
    },
    async transition(ws, id, from, to, at) {
      const r = await db
        .updateTable('invitations')
        .set({ status: to, updated_at: at, ...(to === 'completed' ? { completed_at: at } : {}) })
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .where('status', 'in', [...from])
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async saveConversation(ws, id, conversation, from, to, at) {
      const r = await db
        .updateTable('invitations')
        .set((eb) => ({
          conversation: toJson(conversation),
          text_until: textUntil(conversation),
          status: to,
          updated_at: at,
          opened_at: eb.fn.coalesce('opened_at', eb.val(at)),
        }))
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .where('status', 'in', [...from])
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async withTextBefore(ws, before, limit) {
      const rows = await all(ws)
        .where('text_until', '<', before)
        .orderBy('text_until')
        .limit(limit)
        .execute();
      return rows.map(toInvitation);
    },
    async redactConversation(ws, id, updatedAt, conversation) {
      const r = await db
        .updateTable('invitations')
        .set({ conversation: toJson(conversation), text_until: textUntil(conversation) })
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .where('updated_at', '=', updatedAt)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async customersDue(ws, surveyId, segment, since, limit) {
      let q = db
        .selectFrom('customers as c')
        .select('c.id')
        .where('c.workspace_id', '=', ws)
        .where('c.opted_out_at', 'is', null)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('invitations as i')
                .select('i.id')
                .whereRef('i.workspace_id', '=', 'c.workspace_id')
                .whereRef('i.customer_id', '=', 'c.id')
                .where('i.survey_id', '=', surveyId)
                .where('i.created_at', '>=', since),
            ),
          ),
        );
      if (segment) q = q.where('c.segment', '=', segment);
      return (await q.orderBy('c.id').limit(limit).execute()).map((r) => r.id);
    },
    async lastInvitedAt(ws, customerId) {
      const r = await db
        .selectFrom('invitations')
        .select((eb) => eb.fn.max('send_at').as('last'))
        .where('workspace_id', '=', ws)
        .where('customer_id', '=', customerId)
        .where('status', '!=', 'skipped')
        .executeTakeFirst();
      return (r?.last as string | null | undefined) ?? null;
    },
    async list(ws, f, page) {
      let q = filtered(ws, f);
      if (page.cursor) q = q.where('id', '<', String(decodeCursor(page.cursor, 1)[0]));
      const rows = await q
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit, toInvitation, (r) => [r.id]);
    },
    async funnel(ws, surveyId, visibleTo) {
      let q = db
        .selectFrom('invitations')
        .select(['status', (eb) => eb.fn.countAll().as('n')])
        .where('workspace_id', '=', ws)
        .where('survey_id', '=', surveyId);
      if (visibleTo) q = q.where(invitationInScope(db, ws, visibleTo));
      const rows = await q.groupBy('status').execute();
      return Object.fromEntries(rows.map((r) => [r.status, num(r.n)]));
    },
  };
}
