import type {
  DeliveryStatus,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEventType,
  WebhookPayload,
  WebhookRepo,
} from '@rapport/core';
import type { Insertable, Selectable } from 'kysely';
import { decodeCursor, flag, fromJson, isSet, pageOf, toJson } from '../codec.ts';
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from '../schema.ts';
import type { RepoContext } from './db.ts';

const toEndpoint = (r: Selectable<WebhookEndpointsTable>): WebhookEndpoint => ({
  id: r.id,
  workspaceId: r.workspace_id,
  url: r.url,
  secret: r.secret,
  events: fromJson<string[]>(r.events, []),
  enabled: isSet(r.enabled),
  description: r.description,
  createdAt: r.created_at,
});

const endpointRow = (e: WebhookEndpoint): Insertable<WebhookEndpointsTable> => ({
  workspace_id: e.workspaceId,
  id: e.id,
  url: e.url,
  secret: e.secret,
  events: toJson(e.events),
  enabled: flag(e.enabled),
  description: e.description,
  created_at: e.createdAt,
});

const toDelivery = (r: Selectable<WebhookDeliveriesTable>): WebhookDelivery => ({
  id: r.id,
  workspaceId: r.workspace_id,
  endpointId: r.endpoint_id,
  eventId: r.event_id,
  eventType: r.event_type as WebhookEventType,
  payload: fromJson<WebhookPayload>(r.payload, { type: 'case.opened', timestamp: '', data: {} }),
  status: r.status as DeliveryStatus,
  attempts: Number(r.attempts),
  responseStatus: r.response_status === null ? null : Number(r.response_status),
  lastError: r.last_error,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
});

const deliveryRow = (d: WebhookDelivery): Insertable<WebhookDeliveriesTable> => ({
  workspace_id: d.workspaceId,
  id: d.id,
  endpoint_id: d.endpointId,
  event_id: d.eventId,
  event_type: d.eventType,
  payload: toJson(d.payload),
  status: d.status,
  attempts: d.attempts,
  response_status: d.responseStatus,
  last_error: d.lastError,
  created_at: d.createdAt,
  delivered_at: d.deliveredAt,
});

export function webhookRepository({ db }: RepoContext): WebhookRepo {
  const endpoints = (ws: string) =>
    db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', ws);
  const deliveries = (ws: string) =>
    db.selectFrom('webhook_deliveries').selectAll().where('workspace_id', '=', ws);
  return {
    async getEndpoint(ws, id) {
      const r = await endpoints(ws).where('id', '=', id).executeTakeFirst();
      return r && toEndpoint(r);
    },
    async listEndpoints(ws) {
      return (await endpoints(ws).orderBy('created_at').orderBy('id').execute()).map(toEndpoint);
    },
    async insertEndpoint(e) {
      await db.insertInto('webhook_endpoints').values(endpointRow(e)).execute();
    },
    async updateEndpoint(e) {
      const { workspace_id, id, created_at: _c, ...rest } = endpointRow(e);
      await db
        .updateTable('webhook_endpoints')
        .set(rest)
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .execute();
    },
    async deleteEndpoint(ws, id) {
      const r = await db
        .deleteFrom('webhook_endpoints')
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async getDelivery(ws, id) {
      const r = await deliveries(ws).where('id', '=', id).executeTakeFirst();
      return r && toDelivery(r);
    },
    async insertDelivery(d) {
      await db.insertInto('webhook_deliveries').values(deliveryRow(d)).execute();
    },
    async updateDelivery(d) {
      const { workspace_id, id, created_at: _c, ...rest } = deliveryRow(d);
      await db
        .updateTable('webhook_deliveries')
        .set(rest)
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .execute();
    },
    async listDeliveries(ws, endpointId, page) {
      let q = deliveries(ws).where('endpoint_id', '=', endpointId);
      if (page.cursor) {
        const [id] = decodeCursor(page.cursor, 1).map(String) as [string];
        q = q.where('id', '<', id);
      }
      const rows = await q
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit, toDelivery, (r) => [r.id]);
    },
  };
}
