import { isDomainError, type SmsChannelSettings } from '@rapport/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTwilio, type FakeTwilio } from '../../testing/fake-twilio.ts';
import { twilioSmsSender } from './rest.ts';

const account: SmsChannelSettings = {
  provider: 'twilio',
  accountSid: `AC${'ab'.repeat(16)}`,
  authToken: 'secret-token-of-this-account',
  fromNumber: '+18005551212',
};

describe('Twilio REST sender', () => {
  let api: FakeTwilio;
  beforeAll(async () => {
    api = await startFakeTwilio({ [account.accountSid]: account.authToken });
  });
  afterAll(() => api.close());

  it('posts To, From and Body as a form with basic auth to the Messages resource', async () => {
    const send = twilioSmsSender({ apiUrl: `${api.url}/` });
    const body = 'Hi Michael — how likely are you to recommend "Carrier" & co?';
    const sent = await send({ account, to: '+12349013030', body, idempotencyKey: 'inv_1:0' });
    expect(api.refused).toEqual([]);
    expect(api.messages).toEqual([
      {
        accountSid: account.accountSid,
        to: '+12349013030',
        from: '+18005551212',
        body,
        sid: sent.providerId,
        idempotencyToken: 'inv_1:0',
      },
    ]);
    expect(sent.providerId).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it('treats a refusal as permanent and a server error as worth retrying', async () => {
    const send = twilioSmsSender({ apiUrl: api.url });
    const bad = await send({ account, to: '12345', body: 'x', idempotencyKey: 'k' }).catch(
      (e: unknown) => e,
    );
    expect(isDomainError(bad) && bad.code).toBe('validation');
    expect(String((bad as Error).message)).toMatch(/21211/);
    const wrongToken = twilioSmsSender({ apiUrl: api.url });
    const unauth = await wrongToken({
      account: { ...account, authToken: 'wrong' },
      to: '+12349013030',
      body: 'x',
      idempotencyKey: 'k',
    }).catch((e: unknown) => e);
    expect(isDomainError(unauth)).toBe(true);
    api.failNext(503);
    const flaky = await send({ account, to: '+12349013030', body: 'x', idempotencyKey: 'k' }).catch(
      (e: unknown) => e,
    );
    expect(flaky).toBeInstanceOf(Error);
    expect(isDomainError(flaky)).toBe(false);
    expect(api.messages).toHaveLength(1);
  });
});
