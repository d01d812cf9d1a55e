/**
 * SLAs: a case is due a number of business hours (by priority) after it opens, or after each
 * escalation. Where an SLA stands is a function of the case and the time.
 */
import { addMs, HOUR_MS } from '../common/clock.ts';
import type { WorkspaceSettings } from '../workspace/workspace.ts';
import { addBusinessHours } from './business-hours.ts';
import type { Case, CasePriority, SlaState } from './case.ts';
import { closedLoopSettings } from './case-settings.ts';

/** When a case of this priority, started at `fromIso`, is due. */
export function slaDueAt(
  priority: CasePriority,
  fromIso: string,
  settings: Pick<WorkspaceSettings, 'businessHours' | 'timezone' | 'closedLoop'>,
): string {
  const hours = closedLoopSettings(settings.closedLoop).slaHours[priority];
  return addBusinessHours(fromIso, hours, settings.businessHours, settings.timezone);
}

/** "Due soon" threshold: a case due before this time, but not yet breached, is due soon. */
export function dueSoonBefore(nowIso: string, settings: Pick<WorkspaceSettings, 'closedLoop'>) {
  return addMs(nowIso, closedLoopSettings(settings.closedLoop).dueSoonHours * HOUR_MS);
}

export function slaState(
  c: Pick<Case, 'status' | 'slaDueAt' | 'slaBreachedAt' | 'resolvedAt' | 'closedAt'>,
  nowIso: string,
  dueSoon: string,
): SlaState {
  const finished = c.status === 'resolved' || c.status === 'closed';
  if (finished) return c.slaBreachedAt ? 'missed' : 'met';
  if (c.slaBreachedAt || (c.slaDueAt && c.slaDueAt <= nowIso)) return 'breached';
  if (c.slaDueAt && c.slaDueAt <= dueSoon) return 'due_soon';
  return 'on_track';
}
