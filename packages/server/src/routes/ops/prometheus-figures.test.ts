/**
 * The figures /metrics reads from the database are the right ones, on a fake clock: the queue's
 * due jobs and the age of the oldest, a case past its SLA before and after the worker records
 * the breach and after it is closed, webhook deliveries that failed.
 */
import { createServer, type Server } from 'node:http';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../../testing/closed-loop-world.ts';

/** A webhook receiver that is down: 503 to everything. */
async function downReceiver(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => res.writeHead(503).end('down'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeEachDialect('GET /metrics figures', (db) => {
  let w: ClosedLoopWorld;
  let rx: Awaited<ReturnType<typeof downReceiver>>;

  beforeAll(async () => {
    rx = await downReceiver();
    // Monday 09:01: the recurring jobs (every 15 minutes or more) are not due before 09:15.
    // The receiver listens on loopback: private targets are allowed explicitly.
    w = await closedLoopWorld(db().store, {
      start: '2026-01-05T09:01:00.000Z',
      env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' },
    });
  });
  afterAll(async () => {
    await w.close();
    await rx.close();
  });

  async function figures(): Promise<Map<string, number>> {
    const res = await w.api.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    const out = new Map<string, number>();
    for (const line of res.body.split('\n'))
      if (line && !line.startsWith('#')) {
        const at = line.lastIndexOf(' ');
        out.set(line.slice(0, at), Number(line.slice(at + 1)));
      }
    return out;
  }

  it('counts due jobs and their age, SLA breaches and failed webhook deliveries', async () => {
    await w.ws.json('POST', '/api/v1/webhooks', { url: rx.url, events: ['case.*'] });
    const owner = await w.employee('Olga Owner');
    const customer = await w.create('/api/v1/customers', { name: 'Late Larry' });
    const opened = await w.ws.json<{ id: string; slaDueAt: string }>('POST', '/api/v1/cases', {
      reason: 'churn_risk',
      priority: 'high',
      customerId: customer,
      ownerId: owner,
    });
    await w.run(); // the case.opened delivery: one failed attempt, a retry queued

    let m = await figures();
    expect(m.get('rapport_webhook_deliveries{status="retrying"}')).toBe(1);
    expect(m.get('rapport_webhook_deliveries{status="delivered"}')).toBe(0);
    expect(m.get('rapport_cases_open')).toBe(1);
    expect(m.get('rapport_cases_past_sla')).toBe(0);
    expect(m.get('rapport_jobs{state="due"}')).toBe(0);
    expect(m.get('rapport_jobs_oldest_due_age_seconds')).toBe(0);

    // Two minutes on, nobody working: the webhook retry (due within seconds) has waited ~2 min.
    w.clock.advance(120_000);
    m = await figures();
    expect(m.get('rapport_jobs{state="due"}')).toBe(1);
    const age = m.get('rapport_jobs_oldest_due_age_seconds') ?? 0;
    expect(age).toBeGreaterThan(100);
    expect(age).toBeLessThanOrEqual(120);

    // Half an hour after its SLA the case is past it, before any worker has run.
    w.clock.set(new Date(Date.parse(opened.slaDueAt) + 30 * 60_000).toISOString());
    m = await figures();
    expect(m.get('rapport_cases_past_sla')).toBe(1);
    expect(m.get('rapport_cases_sla_breached')).toBe(0);
    await w.run(); // escalation records the breach; the webhook retry fails again
    m = await figures();
    expect(m.get('rapport_cases_sla_breached')).toBe(1);
    expect(m.get('rapport_webhook_deliveries{status="retrying"}')).toBe(1);
    expect(m.get('rapport_webhook_deliveries{status="delivered"}')).toBe(0);

    await w.ws.json('POST', `/api/v1/cases/${opened.id}/close`, { outcome: 'recovered' });
    m = await figures();
    expect(m.get('rapport_cases_open')).toBe(0);
    expect(m.get('rapport_cases_past_sla')).toBe(0);
    expect(m.get('rapport_cases_sla_breached')).toBe(1);
  });
});
