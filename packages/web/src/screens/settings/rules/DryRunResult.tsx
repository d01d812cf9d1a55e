/** What a rule would have matched over the last 30 days, and the case it would have opened. */
import type { DryRunResult as Result } from '@rapport/contracts';
import { useCustomers } from '../../../api/directory.tsx';
import { Link } from '../../../app/router.tsx';
import { paths } from '../../../app/routes.ts';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format.ts';
import { customerName } from '../../customers/CustomerTable.tsx';
import { usePeople } from '../../history/people.ts';

export function DryRunResult({ result, title }: { result: Result; title: string }) {
  const people = usePeople();
  const customerOf = useCustomers(
    result.matches.flatMap((m) => (m.customerId ? [m.customerId] : [])),
  );
  return (
    <section className="dry-run" aria-labelledby="dry-run-title" aria-live="polite">
      <h3 id="dry-run-title">{title}</h3>
      <p>
        From {formatDate(result.from)} to {formatDate(result.to)}: {formatNumber(result.matched)} of{' '}
        {formatNumber(result.examined)} events matched
        {result.truncated ? ' (only the first events of the period were tried)' : ''}. Nothing was
        changed.
      </p>
      {result.matches.length ? (
        <div className="table-wrap">
          <table className="table table-stack table-compact">
            <caption className="visually-hidden">{title}: the matches</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Customer</th>
                <th scope="col">Would open</th>
              </tr>
            </thead>
            <tbody>
              {result.matches.map((m) => {
                const c = m.customerId ? customerOf(m.customerId) : null;
                const w = m.wouldOpenCase;
                return (
                  <tr key={`${m.kind}:${m.id}`}>
                    <td data-label="When">
                      <time dateTime={m.at}>{formatDateTime(m.at)}</time>
                    </td>
                    <td data-label="What" className="cell-note">
                      {m.summary}
                    </td>
                    <td data-label="Customer">
                      {m.customerId ? (
                        <Link to={paths.customer(m.customerId)}>
                          {c ? customerName(c) : c === null ? 'Unknown customer' : 'Customer…'}
                        </Link>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td data-label="Would open">
                      {w ? (
                        <>
                          {w.reason.replace(/_/g, ' ')}, {w.priority} priority, for{' '}
                          {w.ownerId ? (people.employeeName(w.ownerId) ?? 'an employee') : 'nobody'}
                          <div className="muted">{w.why}</div>
                        </>
                      ) : (
                        <span className="muted">No case</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No match in the last 30 days.</p>
      )}
    </section>
  );
}
