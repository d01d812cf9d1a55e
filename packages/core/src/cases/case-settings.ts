/**
 * A workspace's closed-loop settings: who owns cases nobody else does, the SLA per priority
 * in business hours, the root causes a case may be closed with, and the optional re-survey
 * after closing. Stored in the workspace settings under `closedLoop`.
 */
import { invalid } from '../errors/domain-error.ts';
import type { CasePriority } from './case.ts';

export interface ResurveySettings {
  surveyId: string;
  channel: 'sms' | 'email' | 'web' | 'chat';
  /** Days after closing before the re-survey is sent. */
  delayDays: number;
}

export interface ClosedLoopSettings {
  /** The retention team: owns relationship cases of accounts without a relationship owner. */
  retentionTeamId: string | null;
  /** Owner of last resort (when attribution finds nobody). */
  defaultOwnerId: string | null;
  /** Business hours to resolve a case, per priority. */
  slaHours: Record<CasePriority, number>;
  /** Root causes a case may be closed with. */
  rootCauses: string[];
  /** When due within this many hours, a case is "due soon". */
  dueSoonHours: number;
  /** Re-survey the customer after a case closes (when asked for on close). */
  resurvey: ResurveySettings | null;
}

export const DEFAULT_CLOSED_LOOP: ClosedLoopSettings = {
  retentionTeamId: null,
  defaultOwnerId: null,
  slaHours: { urgent: 4, high: 8, normal: 24, low: 40 },
  rootCauses: [
    'agent_behaviour',
    'store_experience',
    'billing',
    'pricing',
    'product_issue',
    'process',
    'wait_time',
    'communication',
    'other',
  ],
  dueSoonHours: 2,
  resurvey: null,
};

/** Stored settings may be partial or older; fill in the defaults. */
export function closedLoopSettings(
  partial: Partial<ClosedLoopSettings> | undefined,
): ClosedLoopSettings {
  const s = { ...DEFAULT_CLOSED_LOOP, ...(partial ?? {}) };
  s.slaHours = { ...DEFAULT_CLOSED_LOOP.slaHours, ...(partial?.slaHours ?? {}) };
  return s;
}

export function validateClosedLoop(s: ClosedLoopSettings, field = 'closedLoop'): void {
  for (const [p, h] of Object.entries(s.slaHours))
    if (!(typeof h === 'number' && h > 0 && h <= 24 * 365))
      throw invalid(`${field}.slaHours.${p}`, 'An SLA is a positive number of business hours.');
  if (!s.rootCauses.length)
    throw invalid(`${field}.rootCauses`, 'Keep at least one root cause to close cases with.');
  s.rootCauses.forEach((c, i) => {
    if (!/^[a-z0-9_-]{1,64}$/.test(c))
      throw invalid(`${field}.rootCauses[${i}]`, 'Root causes are lower-case words: a-z 0-9 _ -.');
  });
  if (new Set(s.rootCauses).size !== s.rootCauses.length)
    throw invalid(`${field}.rootCauses`, 'Root causes must be unique.');
  if (s.resurvey && !(s.resurvey.delayDays >= 0 && s.resurvey.delayDays <= 90))
    throw invalid(`${field}.resurvey.delayDays`, 'Re-survey 0–90 days after closing.');
}
