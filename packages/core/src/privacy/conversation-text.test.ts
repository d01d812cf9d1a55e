import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receiveReply, startConversation } from '../dialogue/conversation.ts';
import type { ConversationState } from '../dialogue/conversation-state.ts';
import { transactionalCsatSurvey } from '../surveys/builders/index.ts';
import {
  conversationTextSince,
  conversationWithoutText,
  progressKept,
} from './conversation-text.ts';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
const def = transactionalCsatSurvey({ id: 'csat' });
const FAR = '2099-01-01T00:00:00.000Z';

/** A CSAT conversation over SMS: the replies one a minute, then as many more as given. */
function conversation(replies: string[]): Record<string, unknown> {
  let state = startConversation(def, { channel: 'sms' }, at(0), { seed: 3 }).state;
  replies.forEach((r, i) => (state = receiveReply(def, state, r, at(i + 1)).state));
  return { dialogue: state, transcriptInteractionId: 'int_1' };
}
const dialogueOf = (c: Record<string, unknown>) => c.dialogue as ConversationState;
const customerWords = (c: Record<string, unknown>) =>
  dialogueOf(c)
    .transcript.filter((t) => t.speaker === 'customer')
    .map((t) => t.text);

describe('the words a survey conversation keeps (raw-text retention)', () => {
  const over = conversation([
    '2',
    'The bill was wrong twice',
    '3',
    'not what I expected',
    '1',
    'no',
  ]);

  it('is nothing to act on while the conversation goes on, or for a column without one', () => {
    const going = conversation(['2']);
    expect(dialogueOf(going).status).toBe('active');
    expect(conversationTextSince(going)).toBeNull();
    expect(conversationWithoutText(going, at(100), FAR)).toBe(going);
    expect(conversationTextSince({ answers: [{ questionId: 'comment', value: 'x' }] })).toBeNull();
  });

  it('clears the words older than the cut-off and keeps the scores and times (property)', () => {
    expect(dialogueOf(over).status).not.toBe('active');
    expect(conversationTextSince(over)).toBe(at(1));
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 8 }), (minute) => {
        const before = at(minute);
        const after = conversationWithoutText(over, before, FAR);
        const d0 = dialogueOf(over);
        const d1 = dialogueOf(after);
        // Every customer turn before the cut-off is empty; the others are as they were.
        d1.transcript.forEach((t, i) => {
          const was = d0.transcript[i]!;
          expect(t.at).toBe(was.at);
          expect(t.text).toBe(t.speaker === 'customer' && t.at < before ? '' : was.text);
        });
        d1.answers.forEach((a, i) => {
          const was = d0.answers[i]!;
          expect(a.status).toBe(was.status);
          if (a.type !== 'text') expect(a.value).toEqual(was.value);
          if (a.at < before) expect(a.reply).toBeNull();
        });
        const since = conversationTextSince(after);
        expect(since === null || since >= before).toBe(true);
        expect(conversationWithoutText(after, before, FAR)).toEqual(after);
      }),
    );
    const cleared = conversationWithoutText(over, at(60), FAR);
    expect(customerWords(cleared).every((w) => w === '')).toBe(true);
    expect(JSON.stringify(cleared)).not.toContain('The bill was wrong twice');
    expect(conversationTextSince(cleared)).toBeNull();
    expect(cleared.transcriptInteractionId).toBe('int_1');
  });

  it("clears a web survey's answers so far once its link is dead before the cut-off", () => {
    const progress = { answers: [{ questionId: 'comment', value: 'my words' }] };
    expect(progressKept(progress)).toBe(true);
    expect(progressKept({ answers: [] })).toBe(false);
    expect(progressKept(over)).toBe(false);
    expect(conversationWithoutText(progress, at(10), at(20))).toBe(progress);
    expect(conversationWithoutText(progress, at(30), at(20))).toEqual({ answers: [], probes: [] });
    // The words written when the page asked what went wrong go with them.
    const probed = {
      answers: [{ questionId: 'csat', value: 1 }],
      probes: [{ questionId: 'csat', text: 'my words', sentiment: 'negative' }],
    };
    expect(progressKept(probed)).toBe(true);
    expect(JSON.stringify(conversationWithoutText(probed, at(30), at(20)))).not.toContain(
      'my words',
    );
  });
});
