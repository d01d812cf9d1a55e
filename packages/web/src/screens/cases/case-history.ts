/** A case's history steps in words. Names come from a lookup; free text stays out (notes list it). */
import type { CaseEvent, CaseOutcome, CasePriority, CaseStatus } from '@rapport/contracts';
import { formatDateTime } from '../../lib/format.ts';
import {
  codeLabel,
  OUTCOME_LABELS,
  PRIORITY_LABELS,
  reasonLabel,
  STATUS_LABELS,
} from './case-labels.ts';

type Name = (employeeId: string) => string | undefined;
const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const label = <K extends string>(labels: Record<K, string>, v: unknown): string =>
  typeof v === 'string' && v in labels
    ? labels[v as K]
    : typeof v === 'string'
      ? codeLabel(v)
      : '—';

/** `times`: how many reminders in a row this step stands for (history-steps.ts). */
export function describeEvent(e: CaseEvent, name: Name, times = 1): string {
  const d = e.data;
  const person = (v: unknown) => {
    const id = s(v);
    return id ? (name(id) ?? 'an unknown employee') : 'nobody';
  };
  switch (e.kind) {
    case 'opened': {
      const why = s(d.why);
      return `Opened: ${typeof d.reason === 'string' ? reasonLabel(d.reason) : 'case'}, ${label<CasePriority>(PRIORITY_LABELS, d.priority).toLowerCase()} priority, owner ${person(d.ownerId)}${why ? ` (${why})` : ''}.`;
    }
    case 'status':
      return `Status changed from ${label<CaseStatus>(STATUS_LABELS, d.from)} to ${label<CaseStatus>(STATUS_LABELS, d.to)}.`;
    case 'assigned':
      return `Reassigned from ${person(d.from)} to ${person(d.to)}.`;
    case 'priority':
      return `Priority changed from ${label<CasePriority>(PRIORITY_LABELS, d.from)} to ${label<CasePriority>(PRIORITY_LABELS, d.to)}.`;
    case 'note':
      return 'Note added.';
    case 'evidence': {
      const n = Array.isArray(d.added) ? d.added.length : 0;
      return `More evidence joined the case (${n} item${n === 1 ? '' : 's'}).`;
    }
    case 'escalated': {
      const due = s(d.slaDueAt);
      const level = `level ${typeof d.level === 'number' ? d.level : '?'}`;
      const then = due ? `; now due ${formatDateTime(due)}` : '';
      return d.reminder === true
        ? times > 1
          ? `SLA missed again ${times} times: ${person(d.to)} reminded each time (${level}, the top of the chain)${then}.`
          : `SLA missed again: ${person(d.to)} reminded (${level}, the top of the chain)${then}.`
        : `SLA breached: escalated to ${person(d.to)} (${level})${then}.`;
    }
    case 'closed': {
      const cause = s(d.rootCause);
      return `Closed: ${label<CaseOutcome>(OUTCOME_LABELS, d.outcome).toLowerCase()}${cause ? `, root cause ${codeLabel(cause).toLowerCase()}` : ''}.`;
    }
    case 'resurvey':
      return `Re-survey of the customer ${s(d.status) === 'skipped' ? 'skipped' : 'scheduled'}.`;
    default:
      return `${codeLabel(e.kind)}.`;
  }
}

/** Who took a step, in words. */
export function actorText(
  e: Pick<CaseEvent, 'actorKind' | 'actorId'>,
  me: { userId: string | null },
  userName: (id: string) => string | undefined,
): string {
  if (e.actorKind === 'system') return 'Rapport';
  if (e.actorKind === 'api_key') return 'An integration (API key)';
  if (me.userId && e.actorId === me.userId) return 'You';
  return userName(e.actorId) ?? 'A colleague';
}
