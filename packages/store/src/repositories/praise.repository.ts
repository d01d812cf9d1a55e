import type { DeliveryVia, Praise, PraiseDelivery, PraiseRepo, PraiseSource } from '@rapport/core';
import type { Insertable, Selectable } from 'kysely';
import { num, pageOf, pastCursor } from '../codec.ts';
import type { PraiseDeliveriesTable, PraiseTable } from '../schema.ts';
import type { RepoContext } from './db.ts';

const toDelivery = (r: Selectable<PraiseDeliveriesTable>): PraiseDelivery => ({
  praiseId: r.praise_id,
  employeeId: r.employee_id,
  level: Number(r.level),
  via: r.via as DeliveryVia,
  passedBy: r.passed_by,
  note: r.note,
  deliveredAt: r.delivered_at,
});

const deliveryRow = (ws: string, d: PraiseDelivery): Insertable<PraiseDeliveriesTable> => ({
  workspace_id: ws,
  praise_id: d.praiseId,
  employee_id: d.employeeId,
  level: d.level,
  via: d.via,
  passed_by: d.passedBy,
  note: d.note,
  delivered_at: d.deliveredAt,
});

const byDelivery = (a: PraiseDelivery, b: PraiseDelivery) =>
  a.level - b.level || a.deliveredAt.localeCompare(b.deliveredAt);

export function praiseRepository({ db }: RepoContext): PraiseRepo {
  async function withDeliveries(ws: string, rows: Selectable<PraiseTable>[]): Promise<Praise[]> {
    if (!rows.length) return [];
    const ds = await db
      .selectFrom('praise_deliveries')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where(
        'praise_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    const of = new Map<string, PraiseDelivery[]>();
    for (const d of ds) of.set(d.praise_id, [...(of.get(d.praise_id) ?? []), toDelivery(d)]);
    return rows.map((r) => {
      const deliveries = (of.get(r.id) ?? []).sort(byDelivery);
      return {
        id: r.id,
        workspaceId: r.workspace_id,
        source: r.source as PraiseSource,
        customerId: r.customer_id,
        interactionId: r.interaction_id,
        responseId: r.response_id,
        signalId: r.signal_id,
        text: r.text,
        createdBy: r.created_by,
        createdAt: r.created_at,
        subjectIds: deliveries.filter((x) => x.via === 'praised').map((x) => x.employeeId),
        deliveries,
      };
    });
  }
  const all = (ws: string) => db.selectFrom('praise').selectAll().where('workspace_id', '=', ws);

  return {
    async get(ws, id) {
      const rows = await all(ws).where('id', '=', id).execute();
      return (await withDeliveries(ws, rows))[0];
    },
    async insert(p) {
      await db
        .insertInto('praise')
        .values({
          workspace_id: p.workspaceId,
          id: p.id,
          source: p.source,
          customer_id: p.customerId,
          interaction_id: p.interactionId,
          response_id: p.responseId,
          signal_id: p.signalId,
          text: p.text,
          created_by: p.createdBy,
          created_at: p.createdAt,
        })
        .execute();
      if (p.deliveries.length)
        await db
          .insertInto('praise_deliveries')
          .values(p.deliveries.map((d) => deliveryRow(p.workspaceId, d)))
          .execute();
    },
    async addDelivery(ws, d) {
      const r = await db
        .insertInto('praise_deliveries')
        .values(deliveryRow(ws, d))
        .onConflict((oc) => oc.columns(['workspace_id', 'praise_id', 'employee_id']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async bySource(ws, src) {
      let q = all(ws);
      if (src.interactionId) q = q.where('interaction_id', '=', src.interactionId);
      else if (src.responseId) q = q.where('response_id', '=', src.responseId);
      else return [];
      return withDeliveries(ws, await q.orderBy('created_at').execute());
    },
    async feed(ws, f, page) {
      let q = all(ws);
      if (f.customerId) q = q.where('customer_id', '=', f.customerId);
      if (f.employeeId || f.teamId) {
        q = q.where('id', 'in', (eb) => {
          let sub = eb
            .selectFrom('praise_deliveries as d')
            .select('d.praise_id')
            .where('d.workspace_id', '=', ws)
            .where('d.via', '=', 'praised');
          if (f.employeeId) sub = sub.where('d.employee_id', '=', f.employeeId);
          if (f.teamId) {
            const team = f.teamId;
            sub = sub.where('d.employee_id', 'in', (e2) =>
              e2
                .selectFrom('employees')
                .select('id')
                .where('workspace_id', '=', ws)
                .where('team_id', '=', team),
            );
          }
          return sub;
        });
      }
      if (f.visibleTo) {
        const ids = [...f.visibleTo.employeeIds];
        const me = f.visibleTo.recipientId;
        q = q.where('id', 'in', (eb) =>
          eb
            .selectFrom('praise_deliveries as v')
            .select('v.praise_id')
            .where('v.workspace_id', '=', ws)
            .where((e2) =>
              e2.or([
                ...(ids.length
                  ? [e2.and([e2('v.via', '=', 'praised'), e2('v.employee_id', 'in', ids)])]
                  : []),
                ...(me ? [e2('v.employee_id', '=', me)] : []),
                e2.lit(false),
              ]),
            ),
        );
      }
      if (page.cursor) {
        q = q.where(pastCursor(page.cursor, 'created_at', 'prs'));
      }
      const rows = await q
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      const shown = await withDeliveries(ws, rows.slice(0, page.limit));
      const byId = new Map(shown.map((p) => [p.id, p]));
      return pageOf(
        rows,
        page.limit,
        (r) => byId.get(r.id) as Praise,
        (r) => [r.created_at, r.id],
      );
    },
    async counts(ws, employeeId) {
      const count = async (col: 'employee_id' | 'passed_by', via?: string) => {
        let q = db
          .selectFrom('praise_deliveries')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('workspace_id', '=', ws)
          .where(col, '=', employeeId);
        if (via) q = q.where('via', '=', via);
        return num((await q.executeTakeFirst())?.n);
      };
      return {
        received: await count('employee_id', 'praised'),
        passedUp: await count('passed_by'),
        asManager: (await count('employee_id')) - (await count('employee_id', 'praised')),
      };
    },
  };
}
