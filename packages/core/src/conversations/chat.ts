/**
 * Chat: the same dialogue in a web widget at the end of a chat. The widget holds the
 * invitation's token; each view or reply finds the invitation by the token's hash.
 */
import type { Deps } from '../common/deps.ts';
import { sha256Hex } from '../common/hash.ts';
import type { DialogueAnalyzer } from '../dialogue/analyzer.ts';
import type { ConversationState } from '../dialogue/conversation-state.ts';
import { DomainError } from '../errors/domain-error.ts';
import { parseInvitationToken, type Invitation } from '../feedback/invitation.ts';
import { localize } from '../surveys/localize.ts';
import { findQuestion, type SurveyDefinition } from '../surveys/survey-definition.ts';
import { systemCtx } from '../auth/actor.ts';
import { loadVersion } from '../feedback/response.service.ts';
import { openChatConversation, replyToConversation } from './conversation.service.ts';
import { conversationOf } from './conversation-record.ts';

export interface ChatMessage {
  seq: number;
  speaker: 'bot' | 'customer';
  text: string;
  at: string;
}

export interface ChatView {
  status: ConversationState['status'];
  messages: ChatMessage[];
  /** Answers the widget may offer as buttons for the question awaited (scores, yes/no, choices). */
  quickReplies: string[];
  /** The conversation's language: the widget words its own labels in it. */
  language: string;
}

const NOT_FOUND = 'This chat survey link is not valid.';

/** The chat invitation a token opens, in the token's workspace. */
export async function chatInvitation(d: Deps, token: string): Promise<Invitation> {
  const parsed = parseInvitationToken(token);
  if (!parsed) throw new DomainError('not_found', NOT_FOUND);
  const inv = await d.r.invitations.findByTokenHash(parsed.workspaceId, sha256Hex(token));
  if (!inv || inv.channel !== 'chat' || inv.status === 'skipped')
    throw new DomainError('not_found', NOT_FOUND);
  if (inv.status === 'expired' || inv.expiresAt <= d.clock.now().toISOString())
    throw new DomainError('gone', 'This chat survey has expired.');
  return inv;
}

function quickReplies(def: SurveyDefinition, state: ConversationState): string[] {
  const a = state.awaiting;
  if (state.status !== 'active' || a?.type !== 'question') return [];
  const q = findQuestion(def, a.questionId);
  if (!q) return [];
  if (q.type === 'score') {
    const out: string[] = [];
    for (let v = q.scale.min; v <= q.scale.max; v++) out.push(String(v));
    return out;
  }
  if (q.type === 'yes_no') return state.language.startsWith('es') ? ['Sí', 'No'] : ['Yes', 'No'];
  if (q.type === 'single')
    return q.choices.map((c) => localize(c.label, state.language, def.defaultLanguage));
  return [];
}

function view(def: SurveyDefinition, state: ConversationState, after: number): ChatView {
  return {
    status: state.status,
    messages: state.transcript
      .map((e, seq) => ({ seq, speaker: e.speaker, text: e.text, at: e.at }))
      .filter((m) => m.seq > after),
    quickReplies: quickReplies(def, state),
    language: state.language,
  };
}

/** The conversation so far without starting it (a read): null before its first view. */
export async function peekChat(d: Deps, token: string, after = -1): Promise<ChatView | null> {
  const inv = await chatInvitation(d, token);
  const rec = conversationOf(inv);
  if (!rec) return null;
  const { def } = await loadVersion(d, systemCtx(inv.workspaceId), inv.surveyId, inv.surveyVersion);
  return view(def, rec.dialogue, after);
}

/** The conversation so far (messages after `after`), started on the first view. */
export async function viewChat(d: Deps, token: string, after = -1): Promise<ChatView> {
  const inv = await chatInvitation(d, token);
  const { record, def } = await openChatConversation(d, inv.workspaceId, inv.id);
  return view(def, record.dialogue, after);
}

/**
 * Takes a reply typed in the widget and returns the new messages (the reply and the bot's
 * answer). A `clientMessageId` makes a retried post harmless: it gets the same messages.
 */
export async function postChat(
  d: Deps,
  token: string,
  text: string,
  opts: { clientMessageId?: string | undefined; analyze?: DialogueAnalyzer | undefined } = {},
): Promise<ChatView> {
  const inv = await chatInvitation(d, token);
  const ws = inv.workspaceId;
  const { record, def } = await openChatConversation(d, ws, inv.id);
  const before = record.dialogue.transcript.length;
  if (opts.clientMessageId) {
    const id = `${inv.id}:${opts.clientMessageId}`;
    const known = await d.r.conversations.getInbound(ws, 'chat', id);
    if (known) {
      const first = Number(known.reply[0] ?? before);
      return view(def, record.dialogue, first - 1);
    }
    await d.r.conversations.claimInbound(ws, 'chat', id, inv.id, d.clock.now().toISOString());
    await d.r.conversations.setInboundReply(ws, 'chat', id, [String(before)]);
  }
  const turn = await replyToConversation(d, ws, inv.id, text, {
    analyze: opts.analyze,
    delivery: 'inline',
  });
  return view(def, turn.state, before - 1);
}
