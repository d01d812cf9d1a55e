/**
 * Operational figures across all workspaces, for the Prometheus endpoint: cases past their SLA,
 * cases that ever breached one, and webhook deliveries by status. Not tenant data: counts only.
 */
import { num } from '../codec.ts';
import type { RepoContext } from './db.ts';

export interface OpsStats {
  casesOpen: number;
  casesPastSla: number;
  /** Cases, open or closed, that missed an SLA at least once (the worker's breach record). */
  casesSlaBreached: number;
  webhookDeliveries: Record<string, number>;
}

export function opsRepository({ db }: RepoContext) {
  return {
    async stats(now: string): Promise<OpsStats> {
      const open = await db
        .selectFrom('cases')
        .select((eb) => [eb.fn.countAll().as('n')])
        .where('status', 'not in', ['resolved', 'closed'])
        .executeTakeFirst();
      const late = await db
        .selectFrom('cases')
        .select((eb) => [eb.fn.countAll().as('n')])
        .where('status', 'not in', ['resolved', 'closed'])
        .where('sla_due_at', '<', now)
        .executeTakeFirst();
      const breached = await db
        .selectFrom('cases')
        .select((eb) => [eb.fn.countAll().as('n')])
        .where('sla_breached_at', 'is not', null)
        .executeTakeFirst();
      const deliveries = await db
        .selectFrom('webhook_deliveries')
        .select((eb) => ['status', eb.fn.countAll().as('n')])
        .groupBy('status')
        .execute();
      return {
        casesOpen: num(open?.n),
        casesPastSla: num(late?.n),
        casesSlaBreached: num(breached?.n),
        webhookDeliveries: Object.fromEntries(deliveries.map((d) => [d.status, num(d.n)])),
      };
    },
  };
}
