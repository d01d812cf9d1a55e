/**
 * A case's status, priority and SLA as badges: each carries a symbol and words besides its
 * colour, so they read the same without colour.
 */
import type { CasePriority, CaseStatus, SlaState } from '@rapport/contracts';
import { PRIORITY_LABELS, SLA_LABELS, STATUS_LABELS } from './case-labels.ts';

type Tone = 'good' | 'bad' | 'warn' | 'neutral';

function Badge({ mark, tone, text }: { mark: string; tone: Tone; text: string }) {
  return (
    <span className={`badge badge-${tone}`}>
      <span aria-hidden="true" className="badge-mark">
        {mark}
      </span>
      {text}
    </span>
  );
}

const STATUS: Record<CaseStatus, { mark: string; tone: Tone }> = {
  open: { mark: '○', tone: 'warn' },
  in_progress: { mark: '◐', tone: 'neutral' },
  waiting_on_customer: { mark: '⏸', tone: 'neutral' },
  resolved: { mark: '✓', tone: 'good' },
  closed: { mark: '■', tone: 'neutral' },
};
const SLA: Record<SlaState, { mark: string; tone: Tone }> = {
  on_track: { mark: '●', tone: 'neutral' },
  due_soon: { mark: '⏰', tone: 'warn' },
  breached: { mark: '!', tone: 'bad' },
  met: { mark: '✓', tone: 'good' },
  missed: { mark: '✕', tone: 'bad' },
};
const PRIORITY: Record<CasePriority, { mark: string; tone: Tone }> = {
  urgent: { mark: '▲▲', tone: 'bad' },
  high: { mark: '▲', tone: 'warn' },
  normal: { mark: '–', tone: 'neutral' },
  low: { mark: '▽', tone: 'neutral' },
};

export const StatusBadge = ({ status }: { status: CaseStatus }) => (
  <Badge {...STATUS[status]} text={STATUS_LABELS[status]} />
);
export const SlaBadge = ({ state }: { state: SlaState }) => (
  <Badge {...SLA[state]} text={`SLA ${SLA_LABELS[state].toLowerCase()}`} />
);
export const PriorityBadge = ({ priority }: { priority: CasePriority }) => (
  <Badge {...PRIORITY[priority]} text={PRIORITY_LABELS[priority]} />
);
