import { describe, expect, it } from 'vitest';
import {
  channelSettingsOf,
  mergeChannels,
  NO_CHANNELS,
  redactChannels,
} from './channel-settings.ts';

const sms = {
  provider: 'twilio' as const,
  accountSid: `AC${'0'.repeat(32)}`,
  fromNumber: '+18005551212',
};

describe('channel settings', () => {
  it('never shows the SMS auth token, only whether it is set', () => {
    const c = mergeChannels(NO_CHANNELS, { sms: { ...sms, authToken: 'top-secret-token-123' } });
    const shown = redactChannels(c);
    expect(shown.sms).toEqual({ ...sms, authTokenSet: true });
    expect(JSON.stringify(shown)).not.toContain('top-secret');
  });

  it('keeps the stored token when a change leaves it out, and turns channels off with null', () => {
    const c1 = mergeChannels(NO_CHANNELS, { sms: { ...sms, authToken: 'first-token-0123456' } });
    const c2 = mergeChannels(c1, { sms: { ...sms, fromNumber: '+18005550000' } });
    expect(c2.sms).toMatchObject({ authToken: 'first-token-0123456', fromNumber: '+18005550000' });
    const c3 = mergeChannels(c2, { email: { replyDomain: 'Reply.Example.com' } });
    expect(c3.email).toEqual({ replyDomain: 'reply.example.com', fromAddress: null });
    expect(c3.sms).toEqual(c2.sms);
    expect(mergeChannels(c3, { sms: null }).sms).toBeNull();
    expect(channelSettingsOf({})).toEqual(NO_CHANNELS);
  });
});
