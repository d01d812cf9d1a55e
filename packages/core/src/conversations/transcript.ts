/**
 * The transcript of a survey conversation on the customer's history: an interaction of the
 * conversation's channel, speaker-tagged, marked `attributes.surveyConversation` so that it
 * never triggers a survey itself. It is written at the start and rewritten on every turn; its
 * `interaction.created` event is enqueued once the conversation ends, so analysis reads the
 * whole exchange.
 */
import type { Deps } from '../common/deps.ts';
import type { ConversationState } from '../dialogue/conversation-state.ts';
import type { Invitation } from '../feedback/invitation.ts';
import type { Channel, Interaction, Message } from '../interactions/interaction.ts';
import { INTERACTION_CREATED_JOB } from '../interactions/interaction.service.ts';
import type { SurveyDefinition } from '../surveys/survey-definition.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { SURVEY_CONVERSATION_ATTRIBUTE } from './conversation-record.ts';

function messagesOf(state: ConversationState): Message[] {
  return state.transcript.map((e, seq) => ({
    seq,
    speaker: e.speaker,
    employeeId: null,
    text: e.text,
    at: e.at,
  }));
}

async function stageFor(d: Deps, inv: Invitation): Promise<string> {
  const related = inv.interactionId
    ? await d.r.interactions.get(inv.workspaceId, inv.interactionId)
    : undefined;
  if (related) return related.stage;
  const stages = withDefaults((await d.r.workspaces.get(inv.workspaceId))?.settings).journeyStages;
  return stages.includes('usage') ? 'usage' : (stages[0] ?? 'usage');
}

/** Creates the transcript interaction; null when the invitation has no customer. */
export async function createTranscript(
  d: Deps,
  inv: Invitation,
  def: SurveyDefinition,
  state: ConversationState,
): Promise<string | null> {
  if (!inv.customerId) return null;
  const interaction: Interaction = {
    id: d.ids.id('int'),
    workspaceId: inv.workspaceId,
    externalId: null,
    customerId: inv.customerId,
    channel: inv.channel as Channel,
    stage: await stageFor(d, inv),
    occurredAt: state.startedAt,
    outcome: null,
    expectation: null,
    employeeIds: [],
    teamId: null,
    note: `Survey conversation: ${def.name}`,
    durationSeconds: null,
    attributes: {
      [SURVEY_CONVERSATION_ATTRIBUTE]: inv.id,
      surveyId: def.id,
      surveyVersion: def.version,
      relatedInteractionId: inv.interactionId,
    },
    messages: messagesOf(state),
    createdAt: d.clock.now().toISOString(),
  };
  await d.r.interactions.insert(interaction);
  return interaction.id;
}

/** Rewrites the transcript; when the conversation has ended, announces the interaction. */
export async function updateTranscript(
  d: Deps,
  ws: string,
  interactionId: string,
  state: ConversationState,
  ended: boolean,
): Promise<void> {
  const current = await d.r.interactions.get(ws, interactionId);
  if (!current) return;
  const attrs = { ...current.attributes, conversationStatus: state.status };
  await d.r.interactions.update({ ...current, attributes: attrs, messages: messagesOf(state) });
  if (ended) {
    await d.r.jobs.enqueue(
      ws,
      {
        name: INTERACTION_CREATED_JOB,
        payload: { interactionId },
        dedupeKey: `interaction.created:${interactionId}`,
      },
      d.ids.id('job'),
      d.clock.now().toISOString(),
    );
  }
}
