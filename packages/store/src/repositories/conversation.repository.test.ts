import type { Invitation } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { expect, it } from 'vitest';

const ws = 'ws_01JD3ZZZZZZZZZZZZZZZZZZZZZ';

function invitation(id: string, channel: Invitation['channel'], sendAt: string): Invitation {
  return {
    id,
    workspaceId: ws,
    surveyId: 'srv_1',
    surveyVersion: 1,
    channel,
    customerId: 'cus_1',
    employeeId: null,
    interactionId: null,
    address: '+1 234 901 3030',
    tokenHash: `hash-${id}`,
    status: 'sent',
    skipReason: null,
    sendAt,
    sentAt: sendAt,
    expiresAt: '2027-01-01T00:00:00.000Z',
    openedAt: null,
    completedAt: null,
    reminderSentAt: null,
    conversation: {},
    createdAt: sendAt,
    updatedAt: sendAt,
  };
}

describeEachDialect('conversation repository', (db) => {
  it('routes replies by normalised address (newest first) and by reply key', async () => {
    const { store } = db();
    await store.write(async (r) => {
      await r.invitations.insert(invitation('inv_a', 'sms', '2026-01-01T10:00:00.000Z'));
      await r.invitations.insert(invitation('inv_b', 'sms', '2026-01-02T10:00:00.000Z'));
      await r.invitations.insert(invitation('inv_c', 'email', '2026-01-03T10:00:00.000Z'));
      await r.conversations.setRouting(ws, 'inv_a', { addressKey: '+12349013030' });
      await r.conversations.setRouting(ws, 'inv_b', { addressKey: '+12349013030' });
      await r.conversations.setRouting(ws, 'inv_c', {
        addressKey: 'a@example.com',
        replyKey: 'abcdefghijklmnopqrstuvwxyz',
      });
    });
    await store.read(async (r) => {
      expect(await r.conversations.findByAddress(ws, 'sms', '+12349013030', 5)).toEqual([
        'inv_b',
        'inv_a',
      ]);
      expect(await r.conversations.findByAddress(ws, 'email', '+12349013030', 5)).toEqual([]);
      expect(await r.conversations.findByAddress('ws_other', 'sms', '+12349013030', 5)).toEqual([]);
      expect(await r.conversations.findByReplyKey(ws, 'abcdefghijklmnopqrstuvwxyz')).toBe('inv_c');
      expect(await r.conversations.findByReplyKey('ws_other', 'abcdefghijklmnopqrstuvwxyz')).toBe(
        undefined,
      );
      expect(await r.conversations.replyKeyOf(ws, 'inv_c')).toBe('abcdefghijklmnopqrstuvwxyz');
      expect(await r.conversations.replyKeyOf(ws, 'inv_a')).toBeNull();
    });
    // Updating the invitation through its own repository keeps the routing columns.
    await store.write(async (r) => {
      const inv = await r.invitations.get(ws, 'inv_c');
      if (!inv) throw new Error('missing');
      await r.invitations.update({ ...inv, status: 'opened' });
      await r.conversations.lock(ws, 'inv_c');
    });
    expect(await store.read((r) => r.conversations.replyKeyOf(ws, 'inv_c'))).toBe(
      'abcdefghijklmnopqrstuvwxyz',
    );
  });

  it('claims an inbound message once and keeps the reply it was given', async () => {
    const { store } = db();
    const at = '2026-01-01T10:00:00.000Z';
    const first = await store.write((r) =>
      r.conversations.claimInbound(ws, 'sms', 'SM1', 'inv_a', at),
    );
    expect(first).toBe(true);
    await store.write((r) => r.conversations.setInboundReply(ws, 'sms', 'SM1', ['Thanks!']));
    const again = await store.write((r) =>
      r.conversations.claimInbound(ws, 'sms', 'SM1', 'inv_a', at),
    );
    expect(again).toBe(false);
    expect(await store.read((r) => r.conversations.getInbound(ws, 'sms', 'SM1'))).toEqual({
      invitationId: 'inv_a',
      reply: ['Thanks!'],
    });
    // The same id on another channel, or a rolled-back claim, is a new message.
    expect(
      await store.write((r) => r.conversations.claimInbound(ws, 'email', 'SM1', null, at)),
    ).toBe(true);
    await expect(
      store.write(async (r) => {
        await r.conversations.claimInbound(ws, 'sms', 'SM2', 'inv_a', at);
        throw new Error('processing failed');
      }),
    ).rejects.toThrow('processing failed');
    expect(
      await store.write((r) => r.conversations.claimInbound(ws, 'sms', 'SM2', 'inv_a', at)),
    ).toBe(true);
  });

  it('records an outbound message once per key', async () => {
    const { store } = db();
    const rec = {
      workspaceId: ws,
      key: 'inv_a:0',
      invitationId: 'inv_a',
      channel: 'sms' as const,
      to: '+12349013030',
      text: 'Hi there',
      providerId: 'SM123',
      sentAt: '2026-01-01T10:00:00.000Z',
    };
    await store.write((r) => r.conversations.recordOutbound(rec));
    await store.write((r) => r.conversations.recordOutbound({ ...rec, providerId: 'SM999' }));
    expect(await store.read((r) => r.conversations.getOutbound(ws, 'inv_a:0'))).toEqual(rec);
    expect(await store.read((r) => r.conversations.listOutbound(ws, 'inv_a'))).toEqual([rec]);
    expect(await store.read((r) => r.conversations.getOutbound(ws, 'inv_a:1'))).toBeUndefined();
  });
});
