import { describe, expect, it } from 'vitest';
import {
  addressKey,
  conversationMessageId,
  normalizeEmail,
  normalizePhone,
  parseConversationMessageId,
  parseReplyAddress,
  replyAddress,
  replyKeyFromToken,
  REPLY_KEY_PATTERN,
} from './addresses.ts';

const ws = 'ws_01JD3ABCDEFGHJKMNPQRSTVWXY';

describe('conversation addresses', () => {
  it('compares phone numbers and e-mail addresses in a normal form', () => {
    expect(normalizePhone('+1 (234) 901-3030')).toBe('+12349013030');
    expect(normalizePhone('0044 20 7946 0000')).toBe('+442079460000');
    expect(normalizePhone('234.901.3030')).toBe('2349013030');
    expect(normalizeEmail('Michael <Michael.A@Example.COM>')).toBe('michael.a@example.com');
    expect(addressKey('sms', '+1 234 901 3030')).toBe(addressKey('sms', '+12349013030'));
    expect(addressKey('email', ' A@B.org ')).toBe('a@b.org');
  });

  it('derives a 130-bit reply key from the token, one way, stable, and different per token', () => {
    const a = replyKeyFromToken(`${ws}.secret-one-abcdefghijklmnop`);
    const b = replyKeyFromToken(`${ws}.secret-two-abcdefghijklmnop`);
    expect(a).toMatch(REPLY_KEY_PATTERN);
    expect(a).toBe(replyKeyFromToken(`${ws}.secret-one-abcdefghijklmnop`));
    expect(a).not.toBe(b);
    expect(a).not.toContain('secret');
  });

  it('round-trips the reply address and Message-ID, whatever the case a mail server gives back', () => {
    const key = replyKeyFromToken(`${ws}.x`);
    const address = replyAddress(ws, key, 'reply.example.com');
    expect(address.length - '@reply.example.com'.length).toBeLessThanOrEqual(64);
    expect(parseReplyAddress(address)).toEqual({ workspaceId: ws, replyKey: key });
    expect(parseReplyAddress(`Carrier <${address.toUpperCase()}>`)).toEqual({
      workspaceId: ws,
      replyKey: key,
    });
    expect(parseReplyAddress('reply+nothing@reply.example.com')).toBeNull();
    expect(parseReplyAddress('someone@example.com')).toBeNull();
    const id = conversationMessageId(ws, key, 3, 'reply.example.com');
    expect(id).toMatch(/^<.+@reply\.example\.com>$/);
    expect(parseConversationMessageId(id)).toEqual({ workspaceId: ws, replyKey: key });
    expect(parseConversationMessageId('<CAF=abc@mail.gmail.com>')).toBeNull();
  });
});
