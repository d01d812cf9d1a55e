/** The case at a glance: owner, escalation, SLA, times, and the outcome once closed. */
import type { Case } from '@rapport/contracts';
import { formatDateTime } from '../../lib/format.ts';
import { usePeople } from '../history/people.ts';
import { codeLabel, OUTCOME_LABELS } from './case-labels.ts';
import { PriorityBadge, SlaBadge, StatusBadge } from './CaseBadges.tsx';

export function CaseFacts({ value: c }: { value: Case }) {
  const people = usePeople();
  const name = (id: string | null) => (id ? (people.employeeName(id) ?? 'Unknown employee') : null);
  const time = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : <span className="muted">—</span>;
  return (
    <dl className="facts case-facts">
      <div>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={c.status} />
        </dd>
      </div>
      <div>
        <dt>Priority</dt>
        <dd>
          <PriorityBadge priority={c.priority} />
        </dd>
      </div>
      <div>
        <dt>Owner</dt>
        <dd>
          {name(c.ownerId) ?? <span className="muted">Unassigned</span>}
          {c.teamId ? <div className="muted">{people.teamName(c.teamId) ?? ''}</div> : null}
        </dd>
      </div>
      <div>
        <dt>Escalation</dt>
        <dd>
          {c.escalationLevel > 0 ? (
            <>
              Level {c.escalationLevel}
              {c.escalatedToId ? <div>to {name(c.escalatedToId)}</div> : null}
            </>
          ) : (
            <span className="muted">Not escalated</span>
          )}
        </dd>
      </div>
      <div>
        <dt>SLA</dt>
        <dd>
          <SlaBadge state={c.slaState} />
          <div>
            {c.slaBreachedAt ? 'breached ' : 'due '}
            {time(c.slaBreachedAt ?? c.slaDueAt)}
          </div>
        </dd>
      </div>
      <div>
        <dt>Opened</dt>
        <dd>{time(c.createdAt)}</dd>
      </div>
      <div>
        <dt>First action</dt>
        <dd>{time(c.firstActionAt)}</dd>
      </div>
      <div>
        <dt>Outcome</dt>
        <dd>
          {c.outcome ? OUTCOME_LABELS[c.outcome] : <span className="muted">Not closed yet</span>}
          {c.rootCause ? <div>Root cause: {codeLabel(c.rootCause)}</div> : null}
          {c.closedAt ? <div className="muted">closed {time(c.closedAt)}</div> : null}
        </dd>
      </div>
    </dl>
  );
}
