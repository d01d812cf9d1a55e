/**
 * Behind a load balancer the client address comes from X-Forwarded-For, and it decides rate
 * limits and who may scrape /metrics without the token. TRUST_PROXY set to the balancer's
 * addresses believes only the hop the balancer added, so a client cannot claim to be
 * loopback by writing the header itself; TRUST_PROXY=true believes it.
 */
import { freshStore } from '@rapport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../testing/harness.ts';

describe('TRUST_PROXY and the client address', () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  beforeAll(async () => {
    store = await freshStore('sqlite');
  });
  afterAll(() => store.drop());

  /** GET /metrics without a token, from the balancer at 10.0.0.5, with this header. */
  async function scrape(trust: string, forwardedFor: string): Promise<number> {
    const api = await testApi(store.store, { env: { TRUST_PROXY: trust } });
    try {
      const res = await api.app.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress: '10.0.0.5',
        headers: { 'x-forwarded-for': forwardedFor },
      });
      return res.statusCode;
    } finally {
      await api.close();
    }
  }

  it("believes only the hop added by a balancer at one of TRUST_PROXY's addresses", async () => {
    // A remote client wrote "127.0.0.1" itself; the balancer appended the address it saw.
    const spoofed = '127.0.0.1, 203.0.113.9';
    expect(await scrape('10.0.0.0/8', spoofed)).toBe(401);
    expect(await scrape('uniquelocal', spoofed)).toBe(401);
    expect(await scrape('false', '127.0.0.1')).toBe(401);
    // Not the balancer: its header is not believed.
    expect(await scrape('192.168.0.0/16', '127.0.0.1')).toBe(401);
    // A scraper on the balancer's own machine.
    expect(await scrape('10.0.0.5', '127.0.0.1')).toBe(200);
  });

  it('believes any hop with true: why the addresses are the setting to use', async () => {
    expect(await scrape('true', '127.0.0.1, 203.0.113.9')).toBe(200);
  });
});
