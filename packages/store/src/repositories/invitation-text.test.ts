import {
  conversationWithoutText,
  receiveReply,
  startConversation,
  transactionalCsatSurvey,
  type ConversationState,
  type Invitation,
} from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { backfillInvitationTextUntil } from '../migrations/0017_invitation_text_until.ts';

const ws = 'ws_invitation_text';
const def = transactionalCsatSurvey({ id: 'csat' });
const at = (day: number) => new Date(Date.UTC(2020, 0, day)).toISOString();

/** A finished CSAT conversation over SMS, its replies on `day`. */
function finished(day: number, words: string): Record<string, unknown> {
  let s: ConversationState = startConversation(def, { channel: 'sms' }, at(day), { seed: 1 }).state;
  for (const r of ['2', words, '3', 'slow', '1', 'no']) s = receiveReply(def, s, r, at(day)).state;
  return { dialogue: s, transcriptInteractionId: null };
}

function invitation(id: string, conversation: Record<string, unknown>): Invitation {
  return {
    id,
    workspaceId: ws,
    surveyId: 'srv_1',
    surveyVersion: 1,
    channel: 'sms',
    customerId: 'cus_1',
    employeeId: null,
    interactionId: null,
    address: '+15550100',
    tokenHash: `hash_${id}`,
    status: 'completed',
    skipReason: null,
    sendAt: at(1),
    sentAt: at(1),
    expiresAt: at(30),
    openedAt: at(1),
    completedAt: at(1),
    reminderSentAt: null,
    conversation,
    createdAt: at(1),
    updatedAt: at(1),
  };
}

describeEachDialect('invitations: the words of finished conversations (retention)', (db) => {
  it('are found by their time, redacted unless changed, and marked on stores migrated before', async () => {
    const { store } = db();
    await store.write(async (r) => {
      await r.invitations.insert(invitation('inv_old', finished(2, 'the engineer never came')));
      await r.invitations.insert(invitation('inv_new', finished(20, 'still no engineer')));
      await r.invitations.insert(
        invitation('inv_web', { answers: [{ questionId: 'c', value: 'x' }] }),
      );
    });
    const before = at(10);
    const found = await store.read((r) => r.invitations.withTextBefore(ws, before, 10));
    expect(found.map((i) => i.id)).toEqual(['inv_old']);
    const redacted = conversationWithoutText(found[0]!.conversation, before, at(30));
    expect(
      await store.write((r) => r.invitations.redactConversation(ws, 'inv_old', at(3), redacted)),
    ).toBe(false);
    expect(
      await store.write((r) => r.invitations.redactConversation(ws, 'inv_old', at(1), redacted)),
    ).toBe(true);
    const now = await store.read((r) => r.invitations.get(ws, 'inv_old'));
    expect(JSON.stringify(now?.conversation)).not.toContain('engineer');
    expect(now?.updatedAt).toBe(at(1));
    expect(await store.read((r) => r.invitations.withTextBefore(ws, before, 10))).toEqual([]);
    // As rows written before the column existed.
    await sql`update invitations set text_until = null`.execute(store.db);
    await backfillInvitationTextUntil(store.db as unknown as Kysely<unknown>, store.dialect);
    const marked = await store.read((r) => r.invitations.withTextBefore(ws, at(25), 10));
    expect(marked.map((i) => i.id)).toEqual(['inv_new']);
    // A web survey's answers so far count from its link's expiry (day 30).
    const dead = await store.read((r) => r.invitations.withTextBefore(ws, at(31), 10));
    expect(dead.map((i) => i.id).sort()).toEqual(['inv_new', 'inv_web']);
  });
});
