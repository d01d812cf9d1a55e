/** A workspace is one tenant. Its settings configure the domain rules that differ per company. */
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../cases/business-hours.ts';
import { DEFAULT_CLOSED_LOOP, type ClosedLoopSettings } from '../cases/case-settings.ts';
import type { ChannelSettings } from '../conversations/channel-settings.ts';
import type { EngagementParamsPatch } from '../engagement/engagement-params.ts';
import type { DemoStories } from '../demo/demo-stories.ts';

export const DEFAULT_STAGES = [
  'awareness',
  'consideration',
  'purchase',
  'onboarding',
  'usage',
  'support',
  'renewal',
] as const;

export interface QuietHours {
  /** Local hour (0–23) in the customer's time zone when sending stops. */
  start: number;
  /** Local hour when sending may resume. */
  end: number;
}

export interface WorkspaceSettings {
  journeyStages: string[];
  /** Default time zone for customers who have none (IANA name). */
  timezone: string;
  /** Language of dialogue templates, BCP 47 (e.g. "en"). */
  language: string;
  /** Employee and leadership results are shown only for groups at least this big (never < 3). */
  anonymityThreshold: number;
  /** Below this many answers a metric is reported as "too few responses". */
  minResponses: number;
  /** At most one survey invitation per person per this many days. */
  contactWindowDays: number;
  quietHours: QuietHours;
  /** SMS account and e-mail reply domain of survey conversations (secrets never leave the API). */
  channels?: ChannelSettings | undefined;
  /** Working days and hours (in `timezone`) that case SLAs count. */
  businessHours: BusinessHours;
  /** Case owners, SLAs per priority, root causes, re-survey (see cases/case-settings.ts). */
  closedLoop: ClosedLoopSettings;
  /** The engagement model's parameters (see engagement/engagement-params.ts); defaults when unset. */
  engagement?: EngagementParamsPatch | undefined;
  /** A demo workspace: where its five stories are (see demo/demo-stories.ts). */
  demoStories?: DemoStories | undefined;
}

export interface Workspace {
  id: string;
  name: string;
  settings: WorkspaceSettings;
  createdAt: string;
}

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  journeyStages: [...DEFAULT_STAGES],
  timezone: 'UTC',
  language: 'en',
  anonymityThreshold: 5,
  minResponses: 10,
  contactWindowDays: 7,
  quietHours: { start: 21, end: 8 },
  businessHours: DEFAULT_BUSINESS_HOURS,
  closedLoop: DEFAULT_CLOSED_LOOP,
};

export const MIN_ANONYMITY = 3;

/** Settings as stored may be partial (older versions); fill in the defaults. */
export function withDefaults(partial: Partial<WorkspaceSettings> | undefined): WorkspaceSettings {
  const s = { ...DEFAULT_SETTINGS, ...(partial ?? {}) };
  s.anonymityThreshold = Math.max(MIN_ANONYMITY, s.anonymityThreshold);
  return s;
}
