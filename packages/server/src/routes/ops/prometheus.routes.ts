/**
 * GET /metrics in Prometheus format: request rate and latency, the job queue's depth and age,
 * cases past their SLA, webhook deliveries by status. Loopback clients may scrape freely;
 * others need `Authorization: Bearer <METRICS_TOKEN>`.
 */
import { DELIVERY_STATUSES, DomainError } from '@rapport/core';
import { opsRepository, queueRepository } from '@rapport/store';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { safeEqual } from '../../lib/hash.ts';
import { HttpMetrics } from '../../observability/http-metrics.ts';
import { exposition, type MetricFamily } from '../../observability/prometheus.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function prometheusRoutes(app: FastifyInstance, deps: AppDeps): void {
  const http = new HttpMetrics();
  http.register(app);
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    const token = deps.settings.metricsToken;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const allowed = token ? bearer !== undefined && safeEqual(bearer, token) : LOOPBACK.has(req.ip);
    if (!allowed)
      throw new DomainError(
        'unauthenticated',
        'GET /metrics needs the METRICS_TOKEN, or a loopback client.',
      );
    const now = deps.clock.now();
    const ctx = { db: deps.store.db, dialect: deps.store.dialect };
    const [queue, ops] = await Promise.all([
      queueRepository(ctx).stats(now.toISOString()),
      opsRepository(ctx).stats(now.toISOString()),
    ]);
    const age = queue.oldestDueAt
      ? Math.max(0, (now.getTime() - Date.parse(queue.oldestDueAt)) / 1000)
      : 0;
    const gauge = (name: string, help: string, samples: MetricFamily['samples']): MetricFamily => ({
      name,
      help,
      type: 'gauge',
      samples,
    });
    const families: MetricFamily[] = [
      ...http.families(),
      gauge('rapport_jobs', 'Jobs in the queue by state.', [
        { labels: { state: 'queued' }, value: queue.queued },
        { labels: { state: 'due' }, value: queue.due },
        { labels: { state: 'running' }, value: queue.running },
        { labels: { state: 'dead' }, value: queue.dead },
      ]),
      gauge('rapport_jobs_oldest_due_age_seconds', 'How long the oldest due job has waited.', [
        { value: age },
      ]),
      gauge('rapport_cases_open', 'Closed-loop cases not yet resolved.', [
        { value: ops.casesOpen },
      ]),
      gauge('rapport_cases_past_sla', 'Open cases past their SLA due time (breaches).', [
        { value: ops.casesPastSla },
      ]),
      gauge(
        'rapport_cases_sla_breached',
        'Cases, open or closed, that missed an SLA at least once (recorded when the worker escalates).',
        [{ value: ops.casesSlaBreached }],
      ),
      gauge(
        'rapport_webhook_deliveries',
        'Outbound webhook deliveries by status: pending, retrying (an attempt failed), failed (given up), delivered.',
        DELIVERY_STATUSES.map((status) => ({
          labels: { status },
          value: ops.webhookDeliveries[status] ?? 0,
        })),
      ),
      gauge('rapport_process_resident_memory_bytes', 'Resident memory of this process.', [
        { value: process.memoryUsage().rss },
      ]),
    ];
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(exposition(families));
  });
}
