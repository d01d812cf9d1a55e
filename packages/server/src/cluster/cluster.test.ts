/**
 * Many instances on one PostgreSQL: two `rapport serve` (WORKER=false) and two `rapport worker`
 * processes share nothing but the database, behind a round-robin balancer. Sessions,
 * idempotency records, dialogue state and jobs work whichever instance a request lands on;
 * stories 1 and 2 run through it over HTTP; SIGTERM to a server under load loses no
 * acknowledged write, and SIGTERM to a worker hands its jobs to the other.
 */
import type { CaseDto, CaseMetricsDto, PraiseDto, TaskDto } from '@rapport/contracts';
import { testDialects } from '@rapport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_TOKEN, startCluster, type Cluster } from './cluster-world.ts';
import { eventually, HttpClient } from './http-client.ts';
import { carrier, powerCompany, textBack } from './story-worlds.ts';
import { startWriteLoad } from './write-load.ts';

/** The jobs each worker process logged as done. */
function jobsDoneBy(c: Cluster): string[][] {
  return c.workers.map((w) =>
    [...w.output().matchAll(/"jobId":"([^"]+)"[^\n]*"msg":"job done"/g)].map((m) => m[1] ?? ''),
  );
}

// PostgreSQL only (`npm test` starts one); SQLite is one file for one machine.
for (const dialect of testDialects().filter((d) => d === 'postgres'))
  describe(`two servers and two workers on one ${dialect} database`, () => {
    let c: Cluster;
    beforeAll(async () => {
      c = await startCluster();
    }, 120_000);
    afterAll(async () => {
      await c?.close();
    }, 60_000);

    it('balances requests over both servers, each with its request id in its own log', async () => {
      const seen = new Set<number>();
      for (let i = 0; i < 4; i++) {
        const a = await c.client.call('GET', '/readyz', undefined, {
          'x-request-id': `cluster-probe-${i}`,
        });
        expect(a.status).toBe(200);
        expect(a.body).toMatchObject({ status: 'ok', database: 'postgres' });
        expect(a.headers.get('x-request-id')).toBe(`cluster-probe-${i}`);
        seen.add(a.backend);
        const server = c.servers[a.backend];
        await eventually(`cluster-probe-${i} in ${server?.name}'s log`, async () =>
          server?.output().includes(`"reqId":"cluster-probe-${i}"`) ? true : undefined,
        );
        expect(c.servers[1 - a.backend]?.output()).not.toContain(`cluster-probe-${i}"`);
      }
      expect([...seen].sort()).toEqual([0, 1]);
      const scrape = await c.client.call('GET', '/metrics', undefined, {
        authorization: `Bearer ${METRICS_TOKEN}`,
      });
      expect(scrape.status).toBe(200);
      expect(scrape.text).toMatch(/rapport_jobs\{state="queued"\} \d+/);
    });

    it('a session started on one server is good on the other; signing out ends it on both', async () => {
      const { api } = await c.workspace('Sessions');
      const email = 'manager@sessions.example';
      const password = 'Horse battery staple 42 cluster!';
      await api.json('POST', '/api/v1/users', { email, name: 'Manny', role: 'manager', password });
      const login = await c.client.call('POST', '/api/v1/auth/login', { email, password });
      expect(login.status).toBe(200);
      const jar = Object.fromEntries(
        login.headers
          .getSetCookie()
          .map((s) => (s.split(';')[0] ?? '').split('=') as [string, string]),
      );
      const browser = c.client.as({
        cookie: `rapport_session=${jar.rapport_session}; rapport_csrf=${jar.rapport_csrf}`,
        csrf: jar.rapport_csrf ?? '',
      });
      const backends = new Set<number>([login.backend]);
      for (let i = 0; i < 3; i++) {
        const me = await browser.call('GET', '/api/v1/me');
        expect(me.status).toBe(200);
        backends.add(me.backend);
      }
      const created = await browser.call('POST', '/api/v1/customers', { name: 'By cookie' });
      expect(created.status).toBe(201);
      expect(backends.size).toBe(2);
      const out = await browser.call('POST', '/api/v1/auth/logout');
      expect(out.status).toBe(204);
      const after = [
        await browser.call('GET', '/api/v1/me'),
        await browser.call('GET', '/api/v1/me'),
      ];
      expect(after.map((a) => a.status)).toEqual([401, 401]);
      expect(new Set(after.map((a) => a.backend)).size).toBe(2);
    });

    it('an idempotent create retried on the other server stores one row', async () => {
      const { id, api } = await c.workspace('Retries');
      const body = { name: 'Retried Rita' };
      const key = { 'idempotency-key': 'retry-1' };
      const first = await api.call<{ id: string }>('POST', '/api/v1/customers', body, key);
      const again = await api.call<{ id: string }>('POST', '/api/v1/customers', body, key);
      expect([first.status, again.status]).toEqual([201, 201]);
      expect(again.backend).not.toBe(first.backend);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.body.id).toBe(first.body.id);
      // Both servers at the very same moment, straight to each: one creates, none duplicates.
      const direct = c.servers.map((s) => new HttpClient(s.ready, { apiKey: api.auth.apiKey }));
      const race = await Promise.all(
        direct.map((d) =>
          d.call('POST', '/api/v1/customers', { name: 'Raced Rob' }, { 'idempotency-key': 'race' }),
        ),
      );
      const codes = race.map((r) => r.status).sort();
      expect(codes).toEqual(codes.includes(409) ? [201, 409] : [201, 201]);
      const rows = await c.store.db
        .selectFrom('customers')
        .select('name')
        .where('workspace_id', '=', id)
        .execute();
      expect(rows.map((r) => r.name).sort()).toEqual(['Raced Rob', 'Retried Rita']);
    });

    it('story 2 over SMS: the 1 gets an apology, the owner’s case opens, it closes recovered', async () => {
      const ws = await c.workspace('Carrier');
      const w = await carrier(ws.api, ws.id);
      const inv = await ws.api.json<{ invitation: { id: string } }>('POST', '/api/v1/invitations', {
        surveyId: w.survey,
        customerId: w.customer,
        interactionId: w.call,
        channel: 'sms',
      });
      const sent = await eventually('the survey SMS a worker sends', async () =>
        c.twilio.messages.find((m) => m.to === w.phone),
      );
      expect(sent.body).toMatch(/Michael/);
      expect(sent.body).toMatch(/recommend/);

      const one = await textBack(c.client, w, '1');
      expect(one.answer.status).toBe(200);
      expect(one.replies[0]).toMatch(/sorry|apologi[sz]e/i);
      expect(one.replies[0]).not.toMatch(/sorry to hear/i);
      expect(one.replies[0]).toMatch(/\?/);
      const opened = await eventually('the churn-risk case a worker opens', async () => {
        const list = await ws.api.json<{ items: CaseDto[] }>(
          'GET',
          `/api/v1/cases?customerId=${w.customer}`,
        );
        return list.items[0];
      });
      expect(opened).toMatchObject({ reason: 'churn_risk', ownerId: w.owner, status: 'open' });
      expect(opened.ownerId).not.toBe(w.agent);

      // The rest of the conversation, turn by turn on alternate servers: state is in the database.
      const turns = [];
      for (const text of ['The store manager was the rudest person ever', '10', '10', 'no'])
        turns.push(await textBack(c.client, w, text));
      expect(new Set([one, ...turns].map((t) => t.answer.backend)).size).toBe(2);
      expect(turns[0]?.replies[0]).toMatch(/Jessica C/);
      expect(turns[1]?.replies[0]).toMatch(/thank/i);
      const done = await ws.api.json<{ status: string }>(
        'GET',
        `/api/v1/invitations/${inv.invitation.id}`,
      );
      expect(done.status).toBe('completed');

      await ws.api.json('PATCH', `/api/v1/cases/${opened.id}`, { status: 'in_progress' });
      const closed = await ws.api.json<CaseDto>('POST', `/api/v1/cases/${opened.id}/close`, {
        outcome: 'recovered',
        rootCause: 'store_experience',
        note: 'Called Michael: the store visit caused it. Apologised; he stays.',
      });
      expect(closed).toMatchObject({ status: 'closed', outcome: 'recovered' });
      const metrics = await ws.api.json<CaseMetricsDto>('GET', '/api/v1/cases/metrics');
      expect(metrics.overall.recoveryRate).toMatchObject({ count: 1, n: 1, share: 100 });
    });

    it('story 1: praise reaches the agent and her manager, who passes it up; workers tell each', async () => {
      const { api } = await c.workspace('Power company');
      const p = await powerCompany(api);
      const praise = await api.json<PraiseDto>('POST', '/api/v1/praise', {
        employeeIds: [p.olivia],
        customerId: p.customer,
        interactionId: p.call,
        text: 'Olivia was great, please tell her boss.',
      });
      expect(praise.deliveries.map((d) => [d.employeeId, d.level, d.via])).toEqual([
        [p.olivia, 0, 'praised'],
        [p.mark, 1, 'manager'],
      ]);
      const passed = await api.json<PraiseDto>('POST', `/api/v1/praise/${praise.id}/pass`, {
        byEmployeeId: p.mark,
        note: 'Diana — Olivia turned a tenant switch into a fan.',
      });
      expect(passed.deliveries.at(-1)).toMatchObject({
        employeeId: p.diana,
        level: 2,
        via: 'passed_up',
        passedBy: p.mark,
      });
      const feed = await api.json<{ items: PraiseDto[] }>(
        'GET',
        `/api/v1/praise?employeeId=${p.olivia}`,
      );
      expect(feed.items[0]?.deliveries.map((d) => d.employeeId)).toEqual([
        p.olivia,
        p.mark,
        p.diana,
      ]);
      const tasks = await api.json<{ items: TaskDto[] }>(
        'GET',
        `/api/v1/tasks?praiseId=${praise.id}`,
      );
      expect(tasks.items).toEqual([
        expect.objectContaining({ kind: 'thank_customer', assigneeId: p.mark }),
      ]);
      // The notifications are jobs: whichever worker claimed each logged it (no SMTP here).
      for (const to of ['olivia.ortiz@', 'mark.manager@', 'diana.director@'])
        await eventually(`the notification to ${to}`, async () =>
          c.workers.some((w) => new RegExp(`"to":"${to}[^"]*","subject"`).test(w.output()))
            ? true
            : undefined,
        );
    });

    it('both workers ran jobs, none of them twice, none dead', async () => {
      const [one = [], two = []] = jobsDoneBy(c);
      expect(one.length).toBeGreaterThan(0);
      expect(two.length).toBeGreaterThan(0);
      const all = [...one, ...two];
      expect(new Set(all).size).toBe(all.length);
      const dead = await c.store.db
        .selectFrom('jobs')
        .select(['name', 'last_error'])
        .where('status', '=', 'dead')
        .execute();
      expect(dead).toEqual([]);
    });

    it('SIGTERM to a server under load: it drains and exits, and no acknowledged write is lost', async () => {
      const { id, api } = await c.workspace('Load');
      const load = startWriteLoad(api, { clients: 6, prefix: 'load' });
      const [a, b] = c.servers;
      if (!a || !b) throw new Error('no servers');
      await eventually('writes acknowledged by server A', async () =>
        load.ledger.ackedBy.filter((x) => x === 0).length >= 20 ? true : undefined,
      );
      const exit = await a.stop('SIGTERM');
      expect(exit).toEqual({ code: 0, signal: null });
      expect(a.output()).toContain('Stopping: draining requests');
      const atExit = load.ledger.acked.size;
      await eventually('writes acknowledged after A is gone', async () =>
        load.ledger.acked.size >= atExit + 20 ? true : undefined,
      );
      await load.stop();
      c.proxy.setBackends([b.ready]);

      const rows = await c.store.db
        .selectFrom('customers')
        .select(['id', 'name'])
        .where('workspace_id', '=', id)
        .execute();
      const byName = new Map(rows.map((r) => [r.name, r.id]));
      expect(byName.size).toBe(rows.length); // no key stored twice
      const lost = [...load.ledger.acked].filter(([key, rowId]) => byName.get(key) !== rowId);
      expect(lost).toEqual([]);
      expect(load.ledger.gaveUp).toEqual([]);
      // A gone, its share of the traffic failed over: retried by the clients, answered by B.
      expect(load.ledger.retries).toBeGreaterThan(0);
    });

    it('SIGTERM to a worker: it gives back what it claimed and the other runs everything', async () => {
      const ws = await c.workspace('Worker handover');
      const customer = await ws.api.id('/api/v1/customers', { name: 'Busy Bea' });
      const post = (i: number) =>
        ws.api.id('/api/v1/interactions', {
          customerId: customer,
          channel: 'phone',
          stage: 'support',
          occurredAt: new Date(Date.now() - i * 1000).toISOString(),
          note: `Call ${i}`,
        });
      for (let i = 0; i < 10; i++) await post(i);
      const [w1] = c.workers;
      if (!w1) throw new Error('no workers');
      // Stop one worker while it is claiming jobs and more arrive.
      const [exit] = await Promise.all([
        w1.stop('SIGTERM'),
        Promise.all(Array.from({ length: 10 }, (_, i) => post(10 + i))),
      ]);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(w1.output()).toMatch(/"msg":"worker stopped"/);
      // Every job has been run by someone: none still running, none due and never attempted.
      const settled = await eventually(
        'the remaining worker to take every job',
        async () => {
          const now = new Date().toISOString();
          const all = await c.store.db
            .selectFrom('jobs')
            .select(['status', 'attempts', 'locked_by', 'run_at'])
            .where('workspace_id', '=', ws.id)
            .execute();
          const waiting = all.filter(
            (j) =>
              j.status === 'running' ||
              (j.status === 'queued' && j.attempts === 0 && j.run_at <= now),
          );
          return waiting.length ? undefined : all;
        },
        40_000,
      );
      expect(settled.length).toBeGreaterThanOrEqual(20);
      expect(settled.filter((j) => j.status === 'dead')).toEqual([]);
      expect(settled.filter((j) => j.locked_by === w1.ready)).toEqual([]);
      const [one = [], two = []] = jobsDoneBy(c);
      expect(new Set([...one, ...two]).size).toBe(one.length + two.length);
    });
  });

if (!testDialects().includes('postgres'))
  describe('many instances', () => {
    it('run on PostgreSQL only: SQLite is one file for one machine', () => {
      expect(testDialects()).toEqual(['sqlite']);
    });
  });
