/**
 * The customer's words a survey conversation keeps on its invitation (`conversation.dialogue`):
 * the transcript's customer turns, each answer's reply and free-text value, and the follow-ups.
 * The transcript is also an interaction's messages and the answers a response's, which
 * raw-text retention already clears; these are the copies. A conversation still going on
 * keeps them (it reads its own answers); once over, retention clears the ones older than the
 * policy allows, and the scores, choices and times stay.
 *
 * A web survey keeps its answers so far on its invitation (`conversation.answers`, and the
 * words written when the page asked what went wrong, `conversation.probes`) until it is
 * finished, when the response takes them and the invitation forgets them. One left unfinished
 * keeps them until its link expires; retention clears them once the link has been dead longer
 * than the policy allows (`progressKept`: the invitation's expiry is their time).
 */
import { isDialogueState } from '../conversations/conversation-record.ts';
import type { ConversationState } from '../dialogue/conversation-state.ts';

type Dialogue = Pick<ConversationState, 'status' | 'transcript' | 'answers' | 'followUps'>;

/** Each place that holds words, with its time: turns, answers, follow-ups. */
function worded(d: Dialogue): string[] {
  const at: string[] = [];
  for (const t of d.transcript) if (t.speaker === 'customer' && t.text !== '') at.push(t.at);
  for (const a of d.answers)
    if (a.reply !== null || (a.type === 'text' && a.value !== null)) at.push(a.at);
  for (const f of d.followUps ?? []) if (f.text !== null) at.push(f.at);
  return at;
}

/**
 * When retention must act on this `conversation` column: the time of the oldest words of a
 * conversation that is over, or null (none left, still going on, or not a conversation).
 */
export function conversationTextSince(conversation: Record<string, unknown>): string | null {
  const d = conversation.dialogue;
  if (!isDialogueState(d) || d.status === 'active') return null;
  const at = worded(d);
  return at.length ? at.reduce((a, b) => (b < a ? b : a)) : null;
}

/** Whether the column keeps a web survey's answers or probes so far (which may hold words). */
export function progressKept(conversation: Record<string, unknown>): boolean {
  const some = (x: unknown) => Array.isArray(x) && x.length > 0;
  return (
    !isDialogueState(conversation.dialogue) &&
    (some(conversation.answers) || some(conversation.probes))
  );
}

/**
 * The `conversation` column with the words older than `before` cleared: a finished dialogue's
 * replies and follow-ups; a web survey's answers so far when its link expired before `before`.
 */
export function conversationWithoutText(
  conversation: Record<string, unknown>,
  before: string,
  expiresAt: string,
): Record<string, unknown> {
  if (progressKept(conversation))
    return expiresAt < before ? { ...conversation, answers: [], probes: [] } : conversation;
  const d = conversation.dialogue;
  if (!isDialogueState(d) || d.status === 'active') return conversation;
  const old = (at: string) => at < before;
  const dialogue: ConversationState = {
    ...d,
    transcript: d.transcript.map((t) =>
      t.speaker === 'customer' && old(t.at) ? { ...t, text: '' } : t,
    ),
    answers: d.answers.map((a) =>
      old(a.at) ? { ...a, reply: null, ...(a.type === 'text' ? { value: null } : {}) } : a,
    ),
    followUps: (d.followUps ?? []).map((f) => (old(f.at) ? { ...f, text: null } : f)),
  };
  return { ...conversation, dialogue };
}
