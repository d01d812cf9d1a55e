/**
 * Outbound webhooks end to end: an endpoint is added through the API (its secret shown once),
 * case events are written to the outbox with the change, a receiver that is down gets them
 * later — retried with backoff, in order per case — and every request verifies with the
 * `standardwebhooks` package, as a receiver would. A change that rolls back sends nothing.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createCase, signWebhook, systemCtx } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../../testing/closed-loop-world.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
}

async function receiver() {
  const got: Received[] = [];
  const state = { up: false };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!state.up) {
        res.writeHead(503).end('down for maintenance');
        return;
      }
      got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks/rapport`,
    got,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeEachDialect('webhooks', (db) => {
  let w: ClosedLoopWorld;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let endpoint: { id: string; secret: string };
  let customer: string;

  beforeAll(async () => {
    // Receivers reject timestamps more than 5 minutes off the real time: start the clock now.
    // The receiver listens on loopback: private targets are allowed explicitly.
    w = await closedLoopWorld(db().store, {
      start: new Date().toISOString(),
      env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' },
    });
    rx = await receiver();
    customer = await w.create('/api/v1/customers', { name: 'Webhook customer' });
  });
  afterAll(async () => {
    await w.close();
    await rx.close();
  });

  const deliveries = async () =>
    (await w.ws.json<{ items: Delivery[] }>('GET', `/api/v1/webhooks/${endpoint.id}/deliveries`))
      .items;

  it('signs per Standard Webhooks: the reference vector, checked with the standardwebhooks package', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const [id, ts, body] = ['msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}'];
    const expected = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
    expect(new Webhook(secret).sign(id, new Date(ts * 1000), body)).toBe(expected);
    expect(signWebhook(secret, id, ts, body)).toBe(expected);
  });

  it('shows the secret once and checks URLs and event types', async () => {
    const res = await w.ws.call('POST', '/api/v1/webhooks', {
      url: rx.url,
      events: ['case.*'],
      description: 'CRM',
    });
    expect(res.statusCode).toBe(201);
    endpoint = res.json<{ id: string; secret: string }>();
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const got = await w.ws.json<Record<string, unknown>>('GET', `/api/v1/webhooks/${endpoint.id}`);
    expect(got).toMatchObject({ url: rx.url, events: ['case.*'], enabled: true });
    expect(got).not.toHaveProperty('secret');
    expect(JSON.stringify(await w.ws.json('GET', '/api/v1/webhooks'))).not.toContain(
      endpoint.secret,
    );
    const field = async (body: Record<string, unknown>) => {
      const r = await w.ws.call('POST', '/api/v1/webhooks', body);
      expect(r.statusCode).toBe(422);
      return r.json<{ errors: Array<{ field: string }> }>().errors[0]?.field;
    };
    expect(await field({ url: 'ftp://example.com/x', events: ['case.*'] })).toBe('url');
    expect(await field({ url: rx.url, events: ['case.*', 'cases.opened'] })).toBe('events[1]');
  });

  it('a receiver that is down gets the events later, in order per case, each verifiable', async () => {
    const caseId = await w.create('/api/v1/cases', { reason: 'churn_risk', customerId: customer });
    await w.ws.json('POST', `/api/v1/cases/${caseId}/notes`, { text: 'Left a message.' });
    await w.ws.json('PATCH', `/api/v1/cases/${caseId}`, { status: 'in_progress' });
    await w.run();
    let log = await deliveries();
    expect(log.map((d) => [d.eventType, d.status, d.attempts, d.responseStatus])).toEqual([
      ['case.updated', 'pending', 0, null],
      ['case.note_added', 'pending', 0, null],
      ['case.opened', 'retrying', 1, 503],
    ]);
    expect(rx.got).toEqual([]);

    rx.state.up = true;
    w.clock.advance(10_000); // past the first backoff (at most 5 s)
    await w.run();
    expect(rx.got.map((g) => (JSON.parse(g.body) as { type: string }).type)).toEqual([
      'case.opened',
      'case.note_added',
      'case.updated',
    ]);
    const wh = new Webhook(endpoint.secret);
    for (const g of rx.got) {
      const payload = wh.verify(g.body, g.headers as Record<string, string>) as {
        data: { case: { id: string } };
      };
      expect(payload.data.case.id).toBe(caseId);
    }
    expect(() =>
      wh.verify(
        rx.got[0]?.body.replace('churn_risk', 'upsell') ?? '',
        rx.got[0]?.headers as Record<string, string>,
      ),
    ).toThrow();
    log = await deliveries();
    expect(log.map((d) => [d.eventType, d.status, d.attempts])).toEqual([
      ['case.updated', 'delivered', 1],
      ['case.note_added', 'delivered', 1],
      ['case.opened', 'delivered', 2],
    ]);
    expect(rx.got.map((g) => g.headers['webhook-id'])).toEqual(log.map((d) => d.eventId).reverse());
  });

  it('a red flag joining the open case sends case.updated with its whole evidence, the new item last', async () => {
    const other = await w.create('/api/v1/customers', { name: 'Joined customer' });
    const visit = () =>
      w.create('/api/v1/interactions', {
        customerId: other,
        channel: 'phone',
        stage: 'support',
        occurredAt: w.clock.now().toISOString(),
      });
    const [first, second] = [await visit(), await visit()];
    const caseId = await w.create('/api/v1/cases', {
      reason: 'churn_risk',
      customerId: other,
      interactionId: first,
    });
    const joined = await w.ws.json<{ id: string; evidence: Array<{ id: string }> }>(
      'POST',
      '/api/v1/cases',
      { reason: 'churn_risk', customerId: other, interactionId: second },
    );
    expect(joined.id).toBe(caseId);
    expect(joined.evidence.map((e) => e.id)).toEqual([first, second]);
    const seen = rx.got.length;
    await w.run();
    const updated = rx.got
      .slice(seen)
      .map(
        (g) =>
          JSON.parse(g.body) as {
            type: string;
            data: {
              case: { evidence: Array<{ id: string }> };
              change: { added: Array<{ id: string }> };
            };
          },
      )
      .filter((p) => p.type === 'case.updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]?.data.case.evidence.map((e) => e.id)).toEqual([first, second]);
    expect(updated[0]?.data.change.added.map((e) => e.id)).toEqual([second]);
  });

  it('sends nothing for a change that rolled back, nor to a disabled endpoint', async () => {
    const before = (await deliveries()).length;
    const jobs = async () =>
      Number(
        (
          await db()
            .store.db.selectFrom('jobs')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('name', '=', 'webhook.deliver')
            .executeTakeFirst()
        )?.n,
      );
    const jobsBefore = await jobs();
    await expect(
      db().store.write(async (r) => {
        await createCase({ r, clock: w.clock, ids: w.api.ids }, systemCtx(w.ws.id), {
          reason: 'churn_risk',
          priority: 'normal',
          customerId: customer,
        });
        throw new Error('the rest of the change failed');
      }),
    ).rejects.toThrow('the rest of the change failed');
    expect((await deliveries()).length).toBe(before);
    expect(await jobs()).toBe(jobsBefore);

    await w.ws.json('PATCH', `/api/v1/webhooks/${endpoint.id}`, { enabled: false });
    await w.create('/api/v1/cases', { reason: 'low_csat', customerId: customer });
    await w.run();
    expect((await deliveries()).length).toBe(before);
    const rotated = await w.ws.json<{ secret: string }>(
      'POST',
      `/api/v1/webhooks/${endpoint.id}/rotate-secret`,
    );
    expect(rotated.secret).not.toBe(endpoint.secret);
  });
});
