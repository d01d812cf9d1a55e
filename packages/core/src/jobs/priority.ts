/**
 * Which jobs jump the queue. The worker claims due jobs by priority first, then in queue
 * order, so a burst of ordinary work (the fan-out of ten thousand new responses) never holds
 * back the few jobs someone is waiting for: the e-mail telling an owner about a detractor, the
 * reply to a customer in a live SMS conversation, an SLA escalation. Bulk re-processing goes
 * last. The one table of priorities: the store stamps each job with it as it is enqueued.
 */
import { CASE_SLA_CHECK_JOB } from '../cases/case.ts';
import {
  CONVERSATION_DELIVER_JOB,
  SURVEY_CALLBACK_EVENT,
  SURVEY_LOW_SCORE_EVENT,
} from '../conversations/conversation-jobs.ts';
import { ENGAGEMENT_RESCORE_JOB } from '../engagement/engagement.service.ts';
import { RESPONSE_SUBMIT_JOB } from '../feedback/response-intake.service.ts';
import { NOTIFY_EMAIL_JOB } from '../notify/notification.ts';

export const JOB_PRIORITY = {
  /** Claimed first. */
  urgent: 10,
  /** Recording what a customer sent (a response accepted for later): before ordinary work. */
  high: 5,
  /** Everything not listed. */
  normal: 0,
  /** Claimed only when nothing else is due. */
  background: -10,
} as const;
const { urgent: URGENT, high: HIGH, normal: NORMAL, background: BACKGROUND } = JOB_PRIORITY;

const BY_NAME: ReadonlyMap<string, number> = new Map([
  [NOTIFY_EMAIL_JOB, URGENT],
  [CONVERSATION_DELIVER_JOB, URGENT],
  [SURVEY_LOW_SCORE_EVENT, URGENT],
  [SURVEY_CALLBACK_EVENT, URGENT],
  [CASE_SLA_CHECK_JOB, URGENT],
  [RESPONSE_SUBMIT_JOB, HIGH],
  // Worker-side names (the worker defines these jobs).
  ['signals.reanalyze', BACKGROUND],
  [ENGAGEMENT_RESCORE_JOB, BACKGROUND],
  ['privacy.retention', BACKGROUND],
]);

/**
 * A job's priority: its own entry, else its event's (a subscriber `survey.low_score:rules`
 * runs as urgently as the event it subscribes to), else NORMAL.
 */
export function jobPriority(name: string): number {
  const own = BY_NAME.get(name);
  if (own !== undefined) return own;
  const colon = name.indexOf(':');
  return (colon > 0 ? BY_NAME.get(name.slice(0, colon)) : undefined) ?? NORMAL;
}
