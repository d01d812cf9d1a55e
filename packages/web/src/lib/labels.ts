/** Words for the API's codes. Records keyed by the contract types fail to compile when a code is added. */
import type { Channel, Expectation, Outcome, Role, Speaker } from '@rapport/contracts';

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Phone call',
  ivr: 'Phone menu (IVR)',
  email: 'E-mail',
  chat: 'Chat',
  sms: 'SMS',
  web: 'Website',
  in_store: 'In store',
  social: 'Social media',
  field_visit: 'Field visit',
};
export const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  resolved: 'Resolved',
  unresolved: 'Unresolved',
  pending: 'Pending',
  escalated: 'Escalated',
  abandoned: 'Abandoned',
  info: 'Information given',
};
export const OUTCOMES = Object.keys(OUTCOME_LABELS) as Outcome[];

export const EXPECTATION_LABELS: Record<Expectation, string> = {
  failed: 'Expectations failed',
  met: 'Expectations met',
  exceeded: 'Expectations exceeded',
};

export const SPEAKER_LABELS: Record<Speaker, string> = {
  customer: 'Customer',
  agent: 'Agent',
  bot: 'Bot',
  system: 'System',
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  analyst: 'Analyst',
  manager: 'Manager',
  agent: 'Agent',
};

export const ROLE_HINTS: Record<Role, string> = {
  admin: 'everything, including settings and API keys',
  analyst: 'read everything; design surveys and rules',
  manager: 'read everything; work cases and praise',
  agent: 'read and record customers, interactions and responses',
};

/** The default journey stages, used when the workspace's own cannot be read (agents). */
export const DEFAULT_STAGES = [
  'awareness',
  'consideration',
  'purchase',
  'onboarding',
  'usage',
  'support',
  'renewal',
];

/** `in_store` → "In store", `first-contact` → "First contact". */
export function stageLabel(stage: string): string {
  const words = stage.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
