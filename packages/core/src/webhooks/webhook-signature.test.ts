import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook, webhookRequest, webhookSecret } from './webhook-signature.ts';

// The reference vector of STACK.md, checked with the standardwebhooks package.
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const TS = 1614265330;
const BODY = '{"test": 2432232314}';
const SIGNATURE = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';

describe('Standard Webhooks signatures', () => {
  it('matches the reference vector', () => {
    expect(signWebhook(SECRET, ID, TS, BODY)).toBe(SIGNATURE);
  });

  it('verifies its own signatures, and refuses a changed body, a wrong key or an old timestamp', () => {
    const h = { id: ID, timestamp: String(TS), signature: SIGNATURE };
    expect(verifyWebhook(SECRET, h, BODY, TS + 10)).toBe(true);
    expect(
      verifyWebhook(SECRET, { ...h, signature: `v1,bad v1,${SIGNATURE.slice(3)}` }, BODY, TS),
    ).toBe(true);
    expect(verifyWebhook(SECRET, h, '{"test": 2432232315}', TS)).toBe(false);
    expect(verifyWebhook('whsec_' + btoa('another key of ours'), h, BODY, TS)).toBe(false);
    expect(verifyWebhook(SECRET, h, BODY, TS + 301)).toBe(false);
    expect(verifyWebhook(SECRET, h, BODY, TS - 301)).toBe(false);
  });

  it('turns a URL-safe random secret into whsec_ + standard base64 of the same bytes', () => {
    const s = webhookSecret('-_8AAQIDBAUGBwgJCgsMDQ4PEBES');
    expect(s).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(atob(s.slice(6)).charCodeAt(0)).toBe(0xfb);
  });

  it('builds the request of a delivery: same id on every attempt, timestamp of the attempt', () => {
    const d = {
      eventId: 'evt_1',
      payload: { type: 'case.opened' as const, timestamp: 't', data: {} },
    };
    const a = webhookRequest(d, { url: 'http://x/hook', secret: SECRET }, new Date(TS * 1000));
    const b = webhookRequest(
      d,
      { url: 'http://x/hook', secret: SECRET },
      new Date((TS + 60) * 1000),
    );
    expect(a.headers['webhook-id']).toBe('evt_1');
    expect(b.headers['webhook-id']).toBe('evt_1');
    expect(a.headers['webhook-timestamp']).toBe(String(TS));
    expect(b.headers['webhook-signature']).not.toBe(a.headers['webhook-signature']);
    expect(a.headers['webhook-signature']).toBe(signWebhook(SECRET, 'evt_1', TS, a.body));
  });
});
