/** The closed-loop settings as a form's text fields, and back; the server's errors by field. */
import type { ApiError, ClosedLoopSettings, ClosedLoopSettingsBody } from '@rapport/contracts';

export const PRIORITY_KEYS = ['urgent', 'high', 'normal', 'low'] as const;

export interface LoopForm {
  timezone: string;
  days: number[];
  start: string;
  end: string;
  sla: Record<(typeof PRIORITY_KEYS)[number], string>;
  dueSoonHours: string;
  rootCauses: string;
  defaultOwnerId: string;
  retentionTeamId: string;
  resurvey: boolean;
  resurveySurveyId: string;
  resurveyChannel: 'sms' | 'email' | 'web' | 'chat';
  resurveyDelayDays: string;
}

export function formOf(s: ClosedLoopSettings): LoopForm {
  return {
    timezone: s.timezone,
    days: [...s.businessHours.days].sort(),
    start: s.businessHours.start,
    end: s.businessHours.end,
    sla: {
      urgent: String(s.slaHours.urgent),
      high: String(s.slaHours.high),
      normal: String(s.slaHours.normal),
      low: String(s.slaHours.low),
    },
    dueSoonHours: String(s.dueSoonHours),
    rootCauses: s.rootCauses.join('\n'),
    defaultOwnerId: s.defaultOwnerId ?? '',
    retentionTeamId: s.retentionTeamId ?? '',
    resurvey: s.resurvey !== null,
    resurveySurveyId: s.resurvey?.surveyId ?? '',
    resurveyChannel: s.resurvey?.channel ?? 'email',
    resurveyDelayDays: String(s.resurvey?.delayDays ?? 14),
  };
}

export function bodyOf(f: LoopForm): ClosedLoopSettingsBody {
  return {
    timezone: f.timezone.trim(),
    businessHours: { days: f.days, start: f.start, end: f.end },
    slaHours: {
      urgent: Number(f.sla.urgent),
      high: Number(f.sla.high),
      normal: Number(f.sla.normal),
      low: Number(f.sla.low),
    },
    dueSoonHours: Number(f.dueSoonHours),
    rootCauses: f.rootCauses
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean),
    defaultOwnerId: f.defaultOwnerId || null,
    retentionTeamId: f.retentionTeamId || null,
    resurvey:
      f.resurvey && f.resurveySurveyId
        ? {
            surveyId: f.resurveySurveyId,
            channel: f.resurveyChannel,
            delayDays: Number(f.resurveyDelayDays),
          }
        : null,
  };
}

/** The message of the first error at `field` or under it (`slaHours` finds `slaHours.high`). */
export function errorAt(error: ApiError | undefined, field: string): string | undefined {
  for (const e of error?.errors ?? []) {
    const f = e.field.replace(/^closedLoop\./, '');
    if (f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`))
      return f === field ? e.message : `${f}: ${e.message}`;
  }
  return undefined;
}
