/**
 * Where a conversation lives: its dialogue state is kept on the invitation row
 * (`conversation.dialogue`, beside anything else the row keeps there), with the id of the
 * interaction that holds its transcript on the customer's history.
 */
import type { ConversationState } from '../dialogue/conversation-state.ts';
import type { Invitation } from '../feedback/invitation.ts';
import type { Interaction } from '../interactions/interaction.ts';

export interface ConversationRecord {
  dialogue: ConversationState;
  /** The interaction holding the transcript (null when the invitation has no customer). */
  transcriptInteractionId: string | null;
}

/** Whether a value is a dialogue state (what `conversation.dialogue` holds once started). */
export function isDialogueState(v: unknown): v is ConversationState {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { schema?: unknown }).schema === 1 &&
    Array.isArray((v as { transcript?: unknown }).transcript)
  );
}

/** The conversation kept on an invitation, or null before it started. */
export function conversationOf(inv: Invitation): ConversationRecord | null {
  const c = inv.conversation;
  if (!isDialogueState(c.dialogue)) return null;
  const t = c.transcriptInteractionId;
  return { dialogue: c.dialogue, transcriptInteractionId: typeof t === 'string' ? t : null };
}

/** The invitation's `conversation` column with this record in it (other keys are kept). */
export function withConversation(
  inv: Invitation,
  rec: ConversationRecord,
): Record<string, unknown> {
  return {
    ...inv.conversation,
    dialogue: rec.dialogue,
    transcriptInteractionId: rec.transcriptInteractionId,
  };
}

/** The attribute that marks an interaction as a survey conversation's transcript. */
export const SURVEY_CONVERSATION_ATTRIBUTE = 'surveyConversation';

/**
 * Whether an interaction is the transcript of a survey conversation. Such interactions never
 * trigger surveys themselves (a survey about a survey would loop).
 */
export function isSurveyConversation(i: Pick<Interaction, 'attributes'>): boolean {
  return typeof i.attributes[SURVEY_CONVERSATION_ATTRIBUTE] === 'string';
}
