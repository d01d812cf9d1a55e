import type {
  Case,
  CaseEvent,
  CaseEventKind,
  CaseHead,
  CaseOutcome,
  CasePriority,
  CaseRepo,
  CaseStatus,
  Evidence,
} from '@rapport/core';
import { ACTIVE_STATUSES, textSince } from '@rapport/core';
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Selectable,
  type SqlBool,
} from 'kysely';
import { fromJson, num, pageOf, pastCursor, toJson } from '../codec.ts';
import type { CaseEventsTable, CasesTable, Database } from '../schema.ts';
import { caseEvidenceRows, evidenceOfCase } from './case-evidence.ts';
import type { RepoContext } from './db.ts';

const toCase = (r: Selectable<CasesTable> & { evidence: unknown }): Case => ({
  ...toHead(r),
  evidence: fromJson<Evidence[]>(r.evidence, []),
});

const toHead = (r: Selectable<CasesTable>): CaseHead => ({
  id: r.id,
  workspaceId: r.workspace_id,
  reason: r.reason,
  ruleId: r.rule_id,
  customerId: r.customer_id,
  interactionId: r.interaction_id,
  responseId: r.response_id,
  ownerId: r.owner_id,
  teamId: r.team_id,
  escalatedToId: r.escalated_to_id,
  priority: r.priority as CasePriority,
  status: r.status as CaseStatus,
  escalationLevel: Number(r.escalation_level),
  slaDueAt: r.sla_due_at,
  slaBreachedAt: r.sla_breached_at,
  firstActionAt: r.first_action_at,
  resolvedAt: r.resolved_at,
  closedAt: r.closed_at,
  rootCause: r.root_cause,
  outcome: r.outcome as CaseOutcome | null,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The case's own fields; `text_until` is kept by the evidence writes. */
const toRow = (c: CaseHead): Omit<Insertable<CasesTable>, 'text_until'> => ({
  workspace_id: c.workspaceId,
  id: c.id,
  reason: c.reason,
  rule_id: c.ruleId,
  customer_id: c.customerId,
  interaction_id: c.interactionId,
  response_id: c.responseId,
  owner_id: c.ownerId,
  team_id: c.teamId,
  escalated_to_id: c.escalatedToId,
  priority: c.priority,
  status: c.status,
  escalation_level: c.escalationLevel,
  sla_due_at: c.slaDueAt,
  sla_breached_at: c.slaBreachedAt,
  first_action_at: c.firstActionAt,
  resolved_at: c.resolvedAt,
  closed_at: c.closedAt,
  root_cause: c.rootCause,
  outcome: c.outcome,
  version: c.version,
  created_at: c.createdAt,
  updated_at: c.updatedAt,
});

const toEvent = (r: Selectable<CaseEventsTable>): CaseEvent => ({
  workspaceId: r.workspace_id,
  caseId: r.case_id,
  seq: Number(r.seq),
  at: r.at,
  kind: r.kind as CaseEventKind,
  actorKind: r.actor_kind as CaseEvent['actorKind'],
  actorId: r.actor_id,
  data: fromJson<Record<string, unknown>>(r.data, {}),
});

type Eb = ExpressionBuilder<Database, 'cases'>;
const active = [...ACTIVE_STATUSES];

/** Cases owned by, or escalated to, one of these employees (issue 11 role scope). */
const inScope =
  (people: readonly string[]) =>
  (eb: Eb): Expression<SqlBool> => {
    const ids = [...people];
    return ids.length
      ? eb.or([eb('owner_id', 'in', ids), eb('escalated_to_id', 'in', ids)])
      : sql<SqlBool>`1 = 0`;
  };

export function caseRepository(ctx: RepoContext): CaseRepo {
  const { db, dialect } = ctx;
  const evidence = caseEvidenceRows(ctx);
  const heads = (ws: string) => db.selectFrom('cases').selectAll().where('workspace_id', '=', ws);
  /** Cases with their evidence, in one statement. */
  const all = (ws: string) => heads(ws).select(evidenceOfCase(dialect).as('evidence'));
  return {
    async get(ws, id) {
      const r = await all(ws).where('id', '=', id).executeTakeFirst();
      return r && toCase(r);
    },
    async insert(c) {
      await db
        .insertInto('cases')
        .values({ ...toRow(c), text_until: textSince(c.evidence) })
        .execute();
      await evidence.write(c.workspaceId, c.id, c.evidence);
    },
    addEvidence: (ws, caseId, items) => evidence.append(ws, caseId, items),
    async update(c) {
      const { workspace_id, id, created_at: _c, ...rest } = toRow(c);
      const r = await db
        .updateTable('cases')
        .set(rest)
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .where('version', '=', c.version - 1)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async withTextBefore(ws, before, limit) {
      const rows = await all(ws)
        .where('text_until', '<', before)
        .orderBy('text_until')
        .limit(limit)
        .execute();
      return rows.map(toCase);
    },
    async redactEvidence(ws, id, version, items) {
      const r = await db
        .updateTable('cases')
        .set({ text_until: textSince(items) })
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return false;
      await evidence.replace(ws, id, items);
      return true;
    },
    async findActive(ws, customerId, reason) {
      const q = heads(ws)
        .where('customer_id', '=', customerId)
        .where('reason', '=', reason)
        .where('status', 'in', active)
        .orderBy('created_at');
      // New evidence joins the case it reads (read, add, write): on PostgreSQL two responses of
      // one customer at once would both read the same version and one fail with a conflict, so
      // the row is locked until the transaction ends. SQLite has one writer at a time.
      const r = await (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
      return r && toHead(r);
    },
    async list(ws, f, page) {
      let q = all(ws);
      if (f.ownerId) {
        const owner = f.ownerId;
        q = q.where((eb: Eb) =>
          eb.or([eb('owner_id', '=', owner), eb('escalated_to_id', '=', owner)]),
        );
      }
      if (f.unassigned) q = q.where('owner_id', 'is', null);
      if (f.visibleTo) q = q.where(inScope(f.visibleTo));
      if (f.teamId) q = q.where('team_id', '=', f.teamId);
      if (f.customerId) q = q.where('customer_id', '=', f.customerId);
      if (f.priority) q = q.where('priority', '=', f.priority);
      if (f.reason) q = q.where('reason', '=', f.reason);
      if (f.status?.length) q = q.where('status', 'in', f.status);
      const now = f.now ?? new Date().toISOString();
      const soon = f.dueSoonBefore ?? now;
      switch (f.slaState) {
        case 'breached':
          q = q
            .where('status', 'in', active)
            .where((eb: Eb) =>
              eb.or([eb('sla_breached_at', 'is not', null), eb('sla_due_at', '<=', now)]),
            );
          break;
        case 'due_soon':
          q = q
            .where('status', 'in', active)
            .where('sla_breached_at', 'is', null)
            .where('sla_due_at', '>', now)
            .where('sla_due_at', '<=', soon);
          break;
        case 'on_track':
          q = q
            .where('status', 'in', active)
            .where('sla_breached_at', 'is', null)
            .where((eb: Eb) => eb.or([eb('sla_due_at', 'is', null), eb('sla_due_at', '>', soon)]));
          break;
        case 'met':
          q = q.where('status', 'in', ['resolved', 'closed']).where('sla_breached_at', 'is', null);
          break;
        case 'missed':
          q = q
            .where('status', 'in', ['resolved', 'closed'])
            .where('sla_breached_at', 'is not', null);
          break;
        default:
          break;
      }
      // Newest opened first. Not by id alone: a case opened as of an earlier time (an import of
      // old responses, the demo's history) has a later id than its time.
      if (page.cursor) q = q.where(pastCursor(page.cursor, 'created_at', 'cas'));
      const rows = await q
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit, toCase, (r) => [r.created_at, r.id]);
    },
    async openedBetween(ws, from, to, visibleTo) {
      let q = heads(ws).where('created_at', '>=', from).where('created_at', '<', to);
      if (visibleTo) q = q.where(inScope(visibleTo));
      const rows = await q.orderBy('created_at').execute();
      return rows.map(toHead);
    },
    async addEvent(e) {
      // The next seq is read inside the insert: one statement, one round trip to PostgreSQL.
      const row = await db
        .insertInto('case_events')
        .values((eb) => ({
          workspace_id: e.workspaceId,
          case_id: e.caseId,
          seq: eb
            .selectFrom('case_events')
            .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
            .where('workspace_id', '=', e.workspaceId)
            .where('case_id', '=', e.caseId),
          at: e.at,
          kind: e.kind,
          actor_kind: e.actorKind,
          actor_id: e.actorId,
          data: toJson(e.data),
        }))
        .returning('seq')
        .executeTakeFirstOrThrow();
      return { ...e, seq: num(row.seq) };
    },
    async events(ws, caseId) {
      const rows = await db
        .selectFrom('case_events')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('case_id', '=', caseId)
        .orderBy('seq')
        .execute();
      return rows.map(toEvent);
    },
  };
}
