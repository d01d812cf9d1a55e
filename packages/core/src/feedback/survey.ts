/**
 * A feedback program: a survey definition (versioned), its status and what triggers it.
 */
import type { Channel, Outcome } from '../interactions/interaction.ts';
import type { SurveyDefinition, SurveyKind } from '../surveys/survey-definition.ts';

export const SURVEY_STATUSES = ['draft', 'live', 'archived'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** How an invitation reaches its person. `auto`: the interaction's own channel where it can. */
export const INVITATION_CHANNELS = ['sms', 'email', 'web', 'chat'] as const;
export type InvitationChannel = (typeof INVITATION_CHANNELS)[number];

/** Send a transactional survey after matching interactions. */
export interface InteractionTrigger {
  type: 'interaction';
  channels?: Channel[] | undefined;
  stages?: string[] | undefined;
  outcomes?: Outcome[] | undefined;
  /** Minutes after the interaction before the invitation goes out. */
  delayMinutes: number;
  sendVia: InvitationChannel | 'auto';
  expiresAfterHours: number;
}

/** Send a relationship (or pulse) survey to a segment every so many days. */
export interface ScheduleTrigger {
  type: 'schedule';
  segment?: string | null | undefined;
  everyDays: number;
  sendVia: InvitationChannel;
  expiresAfterHours: number;
}

export type SurveyTrigger = InteractionTrigger | ScheduleTrigger;

export interface Survey {
  id: string;
  workspaceId: string;
  kind: SurveyKind;
  name: string;
  status: SurveyStatus;
  /** The current version; responses keep the version they answered. */
  version: number;
  definition: SurveyDefinition;
  trigger: SurveyTrigger | null;
  /** Whether a public link (web "Contact Us" feedback) is enabled. */
  publicLink: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SurveyFilter {
  kind?: SurveyKind | undefined;
  status?: SurveyStatus | undefined;
}
