/** A page of interactions; each row leads to the touchpoint in its customer's history. */
import type { Interaction } from '@rapport/contracts';
import { useCustomers } from '../../api/directory.tsx';
import { Link } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { ExpectationBadge, OutcomeBadge, StageTag } from '../../components/Badges.tsx';
import { ChannelLabel } from '../../components/ChannelIcon.tsx';
import { formatDate, formatTime } from '../../lib/format.ts';
import { entryAnchor } from '../../timeline/Timeline.tsx';
import { customerName } from '../customers/CustomerTable.tsx';
import { usePeople } from '../history/people.ts';

export function InteractionTable({
  interactions,
  busy,
  caption,
}: {
  interactions: Interaction[];
  busy: boolean;
  caption: string;
}) {
  const customerOf = useCustomers(interactions.map((i) => i.customerId));
  const people = usePeople();
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table-stack table-compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Customer</th>
            <th scope="col">Channel and stage</th>
            <th scope="col">Outcome</th>
            <th scope="col">Handled by</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {interactions.map((i) => {
            const c = customerOf(i.customerId);
            const team = i.teamId ? people.teamName(i.teamId) : undefined;
            return (
              <tr key={i.id}>
                <td data-label="When">
                  <time dateTime={i.occurredAt} className="when">
                    <span>{formatDate(i.occurredAt)}</span>{' '}
                    <span className="muted">{formatTime(i.occurredAt)}</span>
                  </time>
                </td>
                <th scope="row" data-label="Customer" className="wrap">
                  <Link to={`${paths.customer(i.customerId)}#${entryAnchor(i.id)}`}>
                    {c ? customerName(c) : c === null ? 'Unknown customer' : 'Customer…'}
                  </Link>
                </th>
                <td data-label="Channel, stage">
                  <div className="stack">
                    <ChannelLabel channel={i.channel} />
                    <StageTag stage={i.stage} />
                  </div>
                </td>
                <td data-label="Outcome">
                  <div className="stack">
                    <OutcomeBadge outcome={i.outcome} />
                    {i.expectation ? <ExpectationBadge expectation={i.expectation} short /> : null}
                  </div>
                </td>
                <td data-label="Handled by" className="cell-people">
                  {i.employeeIds.length ? (
                    i.employeeIds
                      .map((id) => people.employeeName(id) ?? 'Unknown employee')
                      .join(', ')
                  ) : (
                    <span className="muted">—</span>
                  )}
                  {team ? <div className="muted">{team}</div> : null}
                </td>
                <td data-label="Note" className="cell-note">
                  {i.note ? (
                    <span className="clamp">{i.note}</span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
