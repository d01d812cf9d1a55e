import { sql, type Insertable, type Selectable } from 'kysely';
import type { Customer, CustomerRepo } from '@rapport/core';
import { decodeCursor, ilikeContains, flag, fromJson, isSet, pageOf, toJson } from '../codec.ts';
import type { CustomersTable } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { idsByExternalId } from './external-ids.ts';
import { chunks } from './in-lists.ts';
import { customerInScope } from './people-scope.ts';

const toCustomer = (r: Selectable<CustomersTable>): Customer => ({
  id: r.id,
  workspaceId: r.workspace_id,
  externalId: r.external_id,
  name: r.name,
  email: r.email,
  phone: r.phone,
  timezone: r.timezone,
  locale: r.locale,
  segment: r.segment,
  relationshipOwnerId: r.relationship_owner_id,
  attributes: fromJson(r.attributes, {}),
  consent: { email: isSet(r.consent_email), sms: isSet(r.consent_sms) },
  optedOutAt: r.opted_out_at,
  engagementScore: Number(r.engagement_score),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (c: Customer): Insertable<CustomersTable> => ({
  workspace_id: c.workspaceId,
  id: c.id,
  external_id: c.externalId,
  name: c.name,
  email: c.email,
  phone: c.phone,
  timezone: c.timezone,
  locale: c.locale,
  segment: c.segment,
  relationship_owner_id: c.relationshipOwnerId,
  attributes: toJson(c.attributes),
  consent_email: flag(c.consent.email),
  consent_sms: flag(c.consent.sms),
  opted_out_at: c.optedOutAt,
  engagement_score: c.engagementScore,
  created_at: c.createdAt,
  updated_at: c.updatedAt,
});

export function customerRepository({ db }: RepoContext): CustomerRepo {
  const one = (ws: string) => db.selectFrom('customers').selectAll().where('workspace_id', '=', ws);
  const mine = (ws: string, id: string) =>
    db.updateTable('customers').where('workspace_id', '=', ws).where('id', '=', id);
  return {
    async get(ws, id) {
      const r = await one(ws).where('id', '=', id).executeTakeFirst();
      return r && toCustomer(r);
    },
    async getByExternalId(ws, externalId) {
      const r = await one(ws).where('external_id', '=', externalId).executeTakeFirst();
      return r && toCustomer(r);
    },
    idsByExternalId: (ws, externalIds) => idsByExternalId(db, 'customers', ws, externalIds),
    async list(ws, f, page) {
      let q = one(ws);
      if (f.ids) q = f.ids.length ? q.where('id', 'in', f.ids) : q.where(sql<boolean>`1 = 0`);
      if (f.email) q = q.where('email', '=', f.email);
      if (f.phone) q = q.where('phone', '=', f.phone);
      if (f.externalId) q = q.where('external_id', '=', f.externalId);
      if (f.segment) q = q.where('segment', '=', f.segment);
      if (f.relationshipOwnerId) q = q.where('relationship_owner_id', '=', f.relationshipOwnerId);
      if (f.visibleTo) q = q.where(customerInScope(db, ws, f.visibleTo));
      if (f.q) {
        const text = f.q;
        q = q.where((eb) => eb.or([ilikeContains('name', text), ilikeContains('email', text)]));
      }
      if (page.cursor) {
        const [id] = decodeCursor(page.cursor, 1);
        q = q.where('id', '<', String(id));
      }
      const rows = await q
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit, toCustomer, (r) => [r.id]);
    },
    async insert(c) {
      await db.insertInto('customers').values(toRow(c)).execute();
    },
    async insertMany(cs) {
      // 17 columns × 500 rows stays under both engines' limits on bound parameters.
      for (const part of chunks(cs))
        await db.insertInto('customers').values(part.map(toRow)).execute();
    },
    async update(c) {
      const {
        workspace_id,
        id,
        engagement_score: _score,
        opted_out_at: _optOut,
        ...rest
      } = toRow(c);
      await mine(workspace_id, id).set(rest).execute();
    },
    async setEngagementScore(ws, id, score) {
      await mine(ws, id).set({ engagement_score: score }).execute();
    },
    async setOptedOut(ws, id, optedOutAt, updatedAt) {
      await mine(ws, id).set({ opted_out_at: optedOutAt, updated_at: updatedAt }).execute();
    },
    async replaceAttributes(ws, id, attributes, ifUpdatedAt, updatedAt) {
      const r = await mine(ws, id)
        .set({ attributes: toJson(attributes), updated_at: updatedAt })
        .where('updated_at', '=', ifUpdatedAt)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async delete(ws, id) {
      const r = await db
        .deleteFrom('customers')
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
