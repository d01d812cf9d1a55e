/**
 * Who a survey conversation is with and about, read from the invitation: the customer's first
 * name, the agent of the interaction, the company (the workspace's name) and the language.
 */
import type { Deps } from '../common/deps.ts';
import type { ConversationContext } from '../dialogue/conversation-state.ts';
import type { Invitation } from '../feedback/invitation.ts';
import type { Channel } from '../interactions/interaction.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { baseLanguage } from '../surveys/localize.ts';

/** "Michael Allenson" → "Michael": a text greets by first name. */
export function firstName(name: string | null | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

export async function conversationContext(d: Deps, inv: Invitation): Promise<ConversationContext> {
  const ws = inv.workspaceId;
  const workspace = await d.r.workspaces.get(ws);
  const settings = withDefaults(workspace?.settings);
  const customer = inv.customerId ? await d.r.customers.get(ws, inv.customerId) : undefined;
  const interaction = inv.interactionId
    ? await d.r.interactions.get(ws, inv.interactionId)
    : undefined;
  const agentId = interaction?.employeeIds[0];
  const agent = agentId ? await d.r.employees.get(ws, agentId) : undefined;
  return {
    customerName: firstName(customer?.name),
    agentName: agent?.name ?? null,
    companyName: workspace?.name ?? null,
    language: customer?.locale ? baseLanguage(customer.locale) : settings.language,
    channel: inv.channel as Channel,
    customerId: inv.customerId,
    interactionId: inv.interactionId,
    invitationId: inv.id,
  };
}
