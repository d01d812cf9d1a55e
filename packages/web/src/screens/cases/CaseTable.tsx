/** A page of cases; each row leads to its case page. Rows may be selected for bulk assignment. */
import type { Case } from '@rapport/contracts';
import { useCustomers } from '../../api/directory.tsx';
import { Link } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { formatDate, formatDateTime, formatTime } from '../../lib/format.ts';
import { customerName } from '../customers/CustomerTable.tsx';
import { usePeople } from '../history/people.ts';
import { reasonLabel } from './case-labels.ts';
import { PriorityBadge, SlaBadge, StatusBadge } from './CaseBadges.tsx';

export function CaseTable({
  cases,
  busy,
  caption,
  selected,
  onSelect,
}: {
  cases: Case[];
  busy: boolean;
  caption: string;
  /** Absent: no selection column. */
  selected?: ReadonlySet<string>;
  onSelect?: (ids: string[], on: boolean) => void;
}) {
  const customerOf = useCustomers(cases.flatMap((c) => (c.customerId ? [c.customerId] : [])));
  const people = usePeople();
  const selectable = selected !== undefined && onSelect !== undefined;
  const allOn = selectable && cases.length > 0 && cases.every((c) => selected.has(c.id));
  const who = (id: string | null) => (id ? (people.employeeName(id) ?? 'Unknown employee') : null);

  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table-stack table-compact case-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {selectable ? (
              <td className="cell-check">
                <input
                  type="checkbox"
                  aria-label="Select every case on this page"
                  checked={allOn}
                  onChange={(e) =>
                    onSelect(
                      cases.map((c) => c.id),
                      e.target.checked,
                    )
                  }
                />
              </td>
            ) : null}
            <th scope="col">Case</th>
            <th scope="col">Status</th>
            <th scope="col">SLA</th>
            <th scope="col">Owner</th>
            <th scope="col">Opened</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => {
            const customer = c.customerId ? customerOf(c.customerId) : null;
            const owner = who(c.ownerId);
            const escalated = who(c.escalatedToId);
            return (
              <tr key={c.id} className={selected?.has(c.id) ? 'row-selected' : undefined}>
                {selectable ? (
                  <td className="cell-check">
                    <input
                      type="checkbox"
                      aria-label={`Select case ${reasonLabel(c.reason)}${customer ? ` of ${customerName(customer)}` : ''}`}
                      checked={selected.has(c.id)}
                      onChange={(e) => onSelect([c.id], e.target.checked)}
                    />
                  </td>
                ) : null}
                <th scope="row" data-label="Case" className="wrap">
                  <Link to={paths.case(c.id)}>{reasonLabel(c.reason)}</Link>
                  <div className="muted">
                    {customer
                      ? customerName(customer)
                      : customer === null
                        ? 'No customer'
                        : 'Customer…'}
                  </div>
                </th>
                <td data-label="Status">
                  <div className="stack">
                    <StatusBadge status={c.status} />
                    <PriorityBadge priority={c.priority} />
                  </div>
                </td>
                <td data-label="SLA">
                  <div className="stack">
                    <SlaBadge state={c.slaState} />
                    {c.slaDueAt && c.status !== 'closed' ? (
                      <span className="muted">
                        due <time dateTime={c.slaDueAt}>{formatDateTime(c.slaDueAt)}</time>
                      </span>
                    ) : null}
                  </div>
                </td>
                <td data-label="Owner" className="cell-people">
                  {owner ?? <span className="muted">Unassigned</span>}
                  {escalated ? (
                    <div className="case-escalated">
                      <span aria-hidden="true">↑ </span>Escalated to {escalated} (level{' '}
                      {c.escalationLevel})
                    </div>
                  ) : null}
                </td>
                <td data-label="Opened">
                  <time dateTime={c.createdAt} className="when">
                    <span>{formatDate(c.createdAt)}</span>{' '}
                    <span className="muted">{formatTime(c.createdAt)}</span>
                  </time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
