/**
 * The SSRF guard of outbound webhooks, with WEBHOOK_ALLOW_PRIVATE_TARGETS at its default (off):
 * a URL whose host is or resolves to a loopback, private, link-local, unspecified or multicast
 * address is refused when saved (422 naming `url`), in any spelling; and a delivery is checked
 * again on the address it connects to — an endpoint whose name resolves to 127.0.0.1 by the
 * time it is delivered (DNS rebinding) fails at once with the reason, and is not retried.
 */
import { createServer, type Server } from 'node:http';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../../testing/closed-loop-world.ts';

interface Problem {
  status: number;
  errors?: Array<{ field: string; message: string }>;
}

/** A receiver on loopback that counts what reaches it. */
async function receiver() {
  const got: string[] = [];
  const server: Server = createServer((req, res) => {
    got.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, got, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describeEachDialect('webhook SSRF guard', (db) => {
  let w: ClosedLoopWorld;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let customer: string;

  beforeAll(async () => {
    w = await closedLoopWorld(db().store, { start: new Date().toISOString() });
    rx = await receiver();
    customer = await w.create('/api/v1/customers', { name: 'Guarded customer' });
  });
  afterAll(async () => {
    await w.close();
    await rx.close();
  });

  const refused = [
    'http://127.0.0.1:9/hook',
    'http://2130706433/hook',
    'http://0177.0.0.1/hook',
    'http://0x7f.1/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fe80::1]/hook',
    'http://[fd00::1]/hook',
    'http://10.1.2.3/hook',
    'http://172.16.0.1/hook',
    'http://192.168.0.1/hook',
    'http://100.64.0.1/hook',
    'http://0.0.0.0/hook',
    'http://224.0.0.1/hook',
    'http://localhost:9/hook',
  ];

  it('refuses private targets when an endpoint is saved, naming the field', async () => {
    for (const url of refused) {
      const res = await w.ws.call('POST', '/api/v1/webhooks', { url, events: ['case.*'] });
      expect([url, res.statusCode, res.headers['content-type']]).toEqual([
        url,
        422,
        'application/problem+json; charset=utf-8',
      ]);
      expect(res.json<Problem>().errors?.[0]?.field).toBe('url');
    }
    const localhost = await w.ws.call('POST', '/api/v1/webhooks', {
      url: 'http://localhost:9/hook',
      events: ['case.*'],
    });
    expect(localhost.json<Problem>().errors?.[0]?.message).toMatch(
      /localhost resolves to (127\.0\.0\.1|::1), a loopback address/,
    );
    // Saved with a public address, then moved to a private one: refused as well.
    const ok = await w.ws.call('POST', '/api/v1/webhooks', {
      url: 'https://93.184.215.14/hook',
      events: ['case.*'],
      enabled: false,
    });
    expect(ok.statusCode).toBe(201);
    const id = ok.json<{ id: string }>().id;
    const moved = await w.ws.call('PATCH', `/api/v1/webhooks/${id}`, {
      url: 'http://[::ffff:a9fe:a9fe]/',
    });
    expect([moved.statusCode, moved.json<Problem>().errors?.[0]?.field]).toEqual([422, 'url']);
    expect((await w.ws.call('DELETE', `/api/v1/webhooks/${id}`)).statusCode).toBe(204);
    const list = await w.ws.json<{ items: unknown[] }>('GET', '/api/v1/webhooks');
    expect(list.items).toEqual([]);
  });

  it('checks again at delivery: a name that resolves to loopback now fails, once, with the reason', async () => {
    // As if the name had resolved to a public address when it was saved (DNS rebinding).
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const createdAt = w.clock.now().toISOString();
    await w.api.store.write(async (r) => {
      await r.webhooks.insertEndpoint({
        id: 'whk_rebound',
        workspaceId: w.ws.id,
        url: `http://localhost:${rx.port}/rebound`,
        secret,
        events: ['case.*'],
        enabled: true,
        description: null,
        createdAt,
      });
      await r.webhooks.insertEndpoint({
        id: 'whk_literal',
        workspaceId: w.ws.id,
        url: `http://2130706433:${rx.port}/literal`,
        secret,
        events: ['case.*'],
        enabled: true,
        description: null,
        createdAt,
      });
    });
    await w.create('/api/v1/cases', { reason: 'ssrf_probe', customerId: customer });
    await w.run();
    // A day later nothing more was tried: the refusal is final.
    w.clock.advance(24 * 3_600_000);
    await w.run();
    expect(rx.got).toEqual([]);
    for (const [endpoint, why] of [
      ['whk_rebound', /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/],
      ['whk_literal', /^refused: 127\.0\.0\.1 is a loopback address$/],
    ] as const) {
      const { items } = await w.ws.json<{
        items: Array<{ status: string; attempts: number; lastError: string | null }>;
      }>('GET', `/api/v1/webhooks/${endpoint}/deliveries`);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ status: 'failed', attempts: 1 });
      expect(items[0]?.lastError).toMatch(why);
    }
  });
});
