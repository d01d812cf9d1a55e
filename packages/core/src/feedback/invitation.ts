import type { AnswerRecord } from '../surveys/survey-definition.ts';
import type { WebProbe } from '../dialogue/web-probe.ts';
import type { InvitationChannel } from './survey.ts';

export const INVITATION_STATUSES = [
  'scheduled',
  'sent',
  'skipped',
  'opened',
  'completed',
  'partial',
  'expired',
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** Why an invitation was not sent: kept on the invitation so nothing is skipped silently. */
export type SkipReason =
  'opted_out' | 'no_consent' | 'no_address' | 'contacted_recently' | 'survey_not_live';

/** Web-page progress of a respondent: the answers given so far (resumable). */
export interface WebProgress {
  answers: AnswerRecord[];
  /** What they wrote when the page asked what went wrong (absent on older invitations). */
  probes?: WebProbe[];
}

/** One survey sent to one person over one channel, with an unguessable single-use token. */
export interface Invitation {
  id: string;
  workspaceId: string;
  surveyId: string;
  surveyVersion: number;
  channel: InvitationChannel;
  customerId: string | null;
  /** For employee and leadership pulses: who was invited (never stored on the response). */
  employeeId: string | null;
  interactionId: string | null;
  /** The phone number or e-mail address it went to. */
  address: string | null;
  tokenHash: string;
  status: InvitationStatus;
  skipReason: SkipReason | null;
  sendAt: string;
  sentAt: string | null;
  expiresAt: string;
  openedAt: string | null;
  completedAt: string | null;
  reminderSentAt: string | null;
  /** The dialogue state (SMS, e-mail, chat) or the web page's progress. */
  conversation: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

/** What an invitation list or funnel reads (store filter; the services set `visibleTo`). */
export interface InvitationFilter {
  surveyId?: string | undefined;
  customerId?: string | undefined;
  status?: InvitationStatus | undefined;
  /** Only these ids (a single-row scope check). */
  ids?: readonly string[] | undefined;
  /** Only invitations of customers, not those of employee and leadership pulses. */
  customersOnly?: boolean | undefined;
  /**
   * Only invitations about interactions these employees served, or to customers in their book
   * (relationship or a case of theirs) — the rule of responses; set by the service from the
   * actor's visibility.
   */
  visibleTo?: readonly string[] | undefined;
}

/** A token is `<workspaceId>.<secret>`: the workspace travels with it, only its hash is stored. */
export function invitationToken(workspaceId: string, secret: string): string {
  return `${workspaceId}.${secret}`;
}

export function parseInvitationToken(
  token: string,
): { workspaceId: string; secret: string } | null {
  const m = /^(ws_[0-9A-HJKMNP-TV-Z]{26})\.([A-Za-z0-9_-]{16,128})$/.exec(token);
  return m ? { workspaceId: m[1] as string, secret: m[2] as string } : null;
}
