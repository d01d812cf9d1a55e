/**
 * The chat survey API behind the widget: public, token-authenticated, cross-origin, rate
 * limited; a retried post is harmless; the dialogue is the same as over SMS.
 */
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { carrierWorld, type CarrierWorld } from '../../testing/carrier-world.ts';
import { testApi } from '../../testing/harness.ts';

interface View {
  status: string;
  messages: Array<{ seq: number; speaker: string; text: string }>;
  quickReplies: string[];
  language: string;
}

describeEachDialect('chat survey API', (db) => {
  let w: CarrierWorld;
  beforeAll(async () => {
    w = await carrierWorld(db().store);
  });
  afterAll(() => w.close());

  async function chatToken(): Promise<string> {
    const c = await w.customer();
    const { url } = await w.invite(c, 'chat');
    const token = url?.split('/s/')[1];
    if (!token) throw new Error('no token');
    return token;
  }
  const get = (token: string, query = '') =>
    w.api.app.inject({ method: 'GET', url: `/api/v1/chat/${token}/messages${query}` });
  const post = (token: string, body: object) =>
    w.api.app.inject({
      method: 'POST',
      url: `/api/v1/chat/${token}/messages`,
      headers: { origin: 'https://shop.example.com' },
      payload: body,
    });

  it('starts on the first view with the greeting, the question and score buttons; cross-origin', async () => {
    const token = await chatToken();
    const res = await get(token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const view = res.json<View>();
    expect(view.status).toBe('active');
    expect(view.messages.map((m) => m.speaker)).toEqual(['bot', 'bot']);
    expect(view.messages[1]?.text).toMatch(/recommend Carrier/);
    expect(view.quickReplies).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(view.language).toBe('en');
    const again = (await get(token)).json<View>();
    expect(again.messages).toEqual(view.messages);
    expect((await get(token, '?after=0')).json<View>().messages.map((m) => m.seq)).toEqual([1]);
    const preflight = await w.api.app.inject({
      method: 'OPTIONS',
      url: `/api/v1/chat/${token}/messages`,
      headers: { origin: 'https://shop.example.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/content-type/);
  });

  it('answers a 1 with an apology and a question; a retried post gets the same answer once', async () => {
    const token = await chatToken();
    await get(token);
    const body = { text: '1', clientMessageId: 'retry-me-0001' };
    const first = await post(token, body);
    expect(first.statusCode).toBe(200);
    const view = first.json<View>();
    expect(view.messages.map((m) => [m.seq, m.speaker])).toEqual([
      [2, 'customer'],
      [3, 'bot'],
    ]);
    const apology = view.messages[1]?.text ?? '';
    expect(apology).not.toMatch(/sorry to hear/i);
    expect(apology).toMatch(/sorry|apologi[sz]e/i);
    expect(apology).toMatch(/\?/);
    expect(view.quickReplies).toEqual([]);
    const again = await post(token, body);
    expect(again.json()).toEqual(first.json());
    const all = (await get(token)).json<View>();
    expect(all.messages.filter((m) => m.speaker === 'customer')).toHaveLength(1);
  });

  it('refuses unknown tokens and tokens of other channels alike, and overlong replies', async () => {
    const bogus = await get(`${w.ws.id}.${'A'.repeat(32)}`);
    expect(bogus.statusCode).toBe(404);
    expect(bogus.headers['content-type']).toMatch(/problem\+json/);
    const c = await w.customer();
    const { url } = await w.invite(c, 'web');
    const webToken = url?.split('/s/')[1] ?? '';
    const web = await get(webToken);
    expect(web.statusCode).toBe(404);
    expect(web.body.replace(webToken, '')).toBe(
      bogus.body.replace(`${w.ws.id}.${'A'.repeat(32)}`, ''),
    );
    const token = await chatToken();
    const long = await post(token, { text: 'x'.repeat(2001) });
    expect(long.statusCode).toBe(422);
  });

  it('limits requests per token, answering 429 with Retry-After, and lets them through a minute later', async () => {
    const token = await chatToken();
    await get(token);
    let limited = 0;
    for (let i = 0; i < 125; i++) if ((await get(token)).statusCode === 429) limited++;
    expect(limited).toBe(6);
    const res = await get(token);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    w.clock.advance(61_000);
    expect((await get(token)).statusCode).toBe(200);
  });

  it('shares the limit between instances: the counters are in the database', async () => {
    const other = await testApi(db().store, { clock: w.clock, ids: w.api.ids });
    try {
      const token = await chatToken();
      const apps = [w.api.app, other.app];
      const codes: number[] = [];
      for (let i = 0; i < 124; i++) {
        const app = apps[i % 2] as (typeof apps)[number];
        codes.push(
          (await app.inject({ method: 'GET', url: `/api/v1/chat/${token}/messages` })).statusCode,
        );
      }
      // 120 views a minute per token, wherever they land.
      expect(codes.filter((c) => c === 200)).toHaveLength(120);
      expect(codes.slice(120)).toEqual([429, 429, 429, 429]);
    } finally {
      await other.close();
    }
  });

  it('serves the widget as a script that needs no inline code, eval or HTML injection', async () => {
    const res = await w.api.app.inject({ method: 'GET', url: '/widget.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.body).toContain('data-rapport-token');
    expect(res.body).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|eval\(|new Function|setAttribute\('style'|document\.write/,
    );
  });
});
