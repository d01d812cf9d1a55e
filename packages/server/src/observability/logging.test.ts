/**
 * The request log: one JSON object a line; every line of a request carries its request id
 * (the caller's X-Request-Id when sane), and no line holds a credential — not the API key,
 * not the session cookie or CSRF token, not the token of a survey, chat or unsubscribe link,
 * not a secret in a query string.
 */
import { Writable } from 'node:stream';
import { loadSettings } from '@rapport/config';
import { DomainError, systemClock, systemIds } from '@rapport/core';
import { freshStore, type TestDialect } from '@rapport/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { bootstrapWorkspace } from '../auth/bootstrap.ts';
import { addUser, signIn } from '../testing/sessions.ts';
import type { TestWorkspace } from '../testing/harness.ts';
import { createJsonLogger } from './logging.ts';
import { REDACTED, redactUrl } from './redact.ts';

type Line = Record<string, unknown> & { reqId?: string; msg?: string };

const dialect: TestDialect = 'sqlite';

describe('request logs', () => {
  let app: FastifyInstance;
  let drop: () => Promise<void>;
  let apiKey: string;
  let wsId: string;
  let raw = '';
  const lines = (): Line[] =>
    raw
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);

  /** The request's answered line, written once the response has gone. */
  async function answered(res: { headers: Record<string, unknown> }): Promise<Line> {
    const id = String(res.headers['x-request-id']);
    for (let i = 0; i < 200; i++) {
      const line = lines().find((l) => l.reqId === id && l.msg === 'request answered');
      if (line) return line;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`no log line for request ${id}`);
  }

  beforeAll(async () => {
    const fresh = await freshStore(dialect);
    drop = fresh.drop;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        raw += chunk.toString();
        done();
      },
    });
    const settings = loadSettings({ LOG_LEVEL: 'info', WEB_DIST: '/nonexistent' });
    app = await buildApp({
      store: fresh.store,
      settings,
      clock: systemClock,
      ids: systemIds(),
      logger: createJsonLogger('info', sink),
    });
    app.get('/test/talkative', { schema: { hide: true } }, async (req) => {
      req.log.info({ step: 1 }, 'the route says something');
      throw new Error('and then fails');
    });
    app.get('/test/refuse', { schema: { hide: true } }, async () => {
      throw new DomainError('forbidden', 'no');
    });
    await app.ready();
    const boot = await bootstrapWorkspace(
      fresh.store,
      { clock: systemClock, ids: systemIds() },
      'Logs',
    );
    apiKey = boot.apiKey;
    wsId = boot.workspace.id;
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  it('carries the caller’s request id on every line of the request, and answers with it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/test/talkative',
      headers: { 'x-request-id': 'trace-7f3a.01' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.headers['x-request-id']).toBe('trace-7f3a.01');
    await answered(res);
    const mine = lines().filter((l) => l.reqId === 'trace-7f3a.01');
    expect(mine.map((l) => l.msg)).toEqual([
      'the route says something',
      'unhandled error',
      'request answered',
    ]);
    expect(mine[2]).toMatchObject({
      level: 50,
      service: 'rapport',
      method: 'GET',
      url: '/test/talkative',
      route: '/test/talkative',
      statusCode: 500,
    });
    expect(typeof mine[2]?.durationMs).toBe('number');
    expect(String(mine[2]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Every line of the log is about some request or other: none is without an id.
    expect(lines().every((l) => typeof l.reqId === 'string')).toBe(true);
  });

  it('replaces a request id that a log should not hold with a fresh one', async () => {
    for (const bad of ['has space', 'x'.repeat(200), 'quote"and{brace}']) {
      const res = await app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': bad },
      });
      const id = String(res.headers['x-request-id']);
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9A-Za-z]{10,}$/);
      expect((await answered(res)).url).toBe('/healthz');
      expect(raw).not.toContain(bad);
    }
    const a = await app.inject({ method: 'GET', url: '/healthz' });
    const b = await app.inject({ method: 'GET', url: '/healthz' });
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('never writes a credential: API key, cookie, CSRF token, link tokens, secrets in queries', async () => {
    const surveyToken = `${wsId}.Zq8Xv2LrT0pNw5Ke9HbYc3AaS7dFg1Mj`;
    const chatToken = `${wsId}.Rk4Tn8Pw2Lx6Vb0Qz3Hy7Jc5Ds9Gf1Ma`;
    const unsubscribeKey = 'UnSuB-Key-0c9f7e5d3b1a2f4e6d8c0b9a';
    const queryToken = 'QueryTok-3e5d7c9b1a0f2e4d6c8b0a9f';
    const ws: TestWorkspace = {
      id: wsId,
      key: apiKey,
      call: (method, url, body) =>
        app.inject({
          method,
          url,
          headers: { authorization: `Bearer ${apiKey}` },
          ...(body === undefined ? {} : { payload: body as object }),
        }),
      json: async (method, url, body) => (await ws.call(method, url, body)).json(),
    };
    const user = await addUser(ws, 'analyst');
    const browser = await signIn(app, user);
    const urls: string[] = [];
    const log = async (res: Promise<{ headers: Record<string, unknown> }>) =>
      urls.push(String((await answered(await res)).url));
    await log(browser.call('GET', '/api/v1/customers'));
    await log(browser.call('POST', '/api/v1/customers', { name: 'Logged' }));
    await log(ws.call('GET', '/api/v1/customers?limit=5'));
    const get = (url: string, headers: Record<string, string> = {}) =>
      log(app.inject({ method: 'GET', url, headers }));
    await get(`/s/${surveyToken}`);
    await get(`/s/p/${surveyToken}`);
    await get(`/s/${surveyToken}/done?a=1`);
    await get(`/s/${surveyToken}/not/a/route`);
    await get(`/api/v1/chat/${chatToken}/messages?after=2`);
    await get(`/hooks/email/${wsId}/unsubscribe/${unsubscribeKey}`);
    await get(`/api/v1/customers?token=${queryToken}&q=ann`);
    await get('/test/refuse', { cookie: 'x=1' });
    const text = raw;
    for (const secret of [
      apiKey,
      apiKey.split('.')[2] ?? 'unused',
      browser.cookie,
      browser.csrf,
      user.password,
      surveyToken,
      surveyToken.split('.')[1] ?? 'unused',
      chatToken,
      unsubscribeKey,
      queryToken,
    ])
      expect(text).not.toContain(secret);
    expect(urls).toEqual([
      '/api/v1/customers',
      '/api/v1/customers',
      '/api/v1/customers?limit=5',
      `/s/${REDACTED}`,
      `/s/p/${REDACTED}`,
      `/s/${REDACTED}/done?a=1`,
      `/s/${REDACTED}/not/a/route`,
      `/api/v1/chat/${REDACTED}/messages?after=2`,
      `/hooks/email/${wsId}/unsubscribe/${REDACTED}`,
      `/api/v1/customers?token=${REDACTED}&q=ann`,
      '/test/refuse',
    ]);
    expect(text).not.toMatch(/authorization|cookie|set-cookie/i);
  });

  it('redacts by route pattern, and by shape when no route matched', () => {
    expect(redactUrl('/api/v1/chat/abc/messages', '/api/v1/chat/:token/messages')).toBe(
      `/api/v1/chat/${REDACTED}/messages`,
    );
    expect(redactUrl('/api/v1/customers/cus_01ABC', '/api/v1/customers/:id')).toBe(
      '/api/v1/customers/cus_01ABC',
    );
    expect(redactUrl(`/x/${'a1'.repeat(20)}/y`)).toBe(`/x/${REDACTED}/y`);
    expect(redactUrl('/nothing/here?password=hunter2&sig=1&page=2')).toBe(
      `/nothing/here?password=${REDACTED}&sig=${REDACTED}&page=2`,
    );
  });
});

describe('request logs under LOG_LEVEL=warn', () => {
  it('keeps the failures and drops the rest', async () => {
    const fresh = await freshStore(dialect);
    let raw = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        raw += chunk.toString();
        done();
      },
    });
    const app = await buildApp({
      store: fresh.store,
      settings: loadSettings({ LOG_LEVEL: 'warn', WEB_DIST: '/nonexistent' }),
      clock: systemClock,
      ids: systemIds(),
      logger: createJsonLogger('warn', sink),
    });
    app.get('/test/fails', { schema: { hide: true } }, async () => {
      throw new Error('broken');
    });
    try {
      const ok = await app.inject({ method: 'GET', url: '/healthz' });
      const bad = await app.inject({ method: 'GET', url: '/test/fails' });
      expect([ok.statusCode, bad.statusCode]).toEqual([200, 500]);
      await new Promise((r) => setTimeout(r, 50));
      const answered = raw
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Line)
        .filter((l) => l.msg === 'request answered');
      expect(answered.map((l) => [l.url, l.statusCode, l.level])).toEqual([
        ['/test/fails', 500, 50],
      ]);
    } finally {
      await app.close();
      await fresh.drop();
    }
  });
});
