import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

describeEachDialect('channel settings API', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  const sid = `AC${'0123456789abcdef'.repeat(2)}`;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace('Channels');
  });
  afterAll(() => api.close());

  it('starts with no channels, and needs the auth token the first time SMS is set up', async () => {
    expect(await ws.json('GET', '/api/v1/settings/channels')).toEqual({ sms: null, email: null });
    const res = await ws.call('PUT', '/api/v1/settings/channels', {
      sms: { accountSid: sid, fromNumber: '+18005551212' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ errors: [{ field: 'sms.authToken' }] });
  });

  it('keeps the auth token write-only, across changes and through GET /settings', async () => {
    const token = 'tok-0123456789abcdef-secret';
    const set = await ws.call('PUT', '/api/v1/settings/channels', {
      sms: { accountSid: sid, fromNumber: '+18005551212', authToken: token },
      email: { replyDomain: 'reply.example.com' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.body).not.toContain(token);
    expect(set.json()).toEqual({
      sms: { provider: 'twilio', accountSid: sid, fromNumber: '+18005551212', authTokenSet: true },
      email: { replyDomain: 'reply.example.com', fromAddress: null },
    });
    const changed = await ws.json<{ sms: { fromNumber: string; authTokenSet: boolean } }>(
      'PUT',
      '/api/v1/settings/channels',
      { sms: { accountSid: sid, fromNumber: '+18005550000' } },
    );
    expect(changed.sms).toMatchObject({ fromNumber: '+18005550000', authTokenSet: true });
    for (const url of ['/api/v1/settings/channels', '/api/v1/settings'])
      expect((await ws.call('GET', url)).body).not.toContain(token);
    const stored = await db().store.read((r) => r.workspaces.get(ws.id));
    expect(stored?.settings.channels?.sms?.authToken).toBe(token);
    // Other settings changes keep the channels.
    await ws.json('PATCH', '/api/v1/settings', { contactWindowDays: 3 });
    const after = await db().store.read((r) => r.workspaces.get(ws.id));
    expect(after?.settings.channels?.sms?.authToken).toBe(token);
  });

  it('refuses malformed accounts and numbers', async () => {
    const bad = await ws.call('PUT', '/api/v1/settings/channels', {
      sms: { accountSid: 'nope', fromNumber: '555', authToken: 'x'.repeat(20) },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['sms.accountSid', 'sms.fromNumber']),
    );
  });
});
