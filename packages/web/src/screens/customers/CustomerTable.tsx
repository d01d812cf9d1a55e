import type { Customer } from '@rapport/contracts';
import { Link } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { formatDate } from '../../lib/format.ts';

export function customerName(c: Pick<Customer, 'name' | 'email' | 'id'>): string {
  return c.name?.trim() || c.email || `Customer ${c.id}`;
}

export function CustomerTable({
  customers,
  busy,
  caption,
}: {
  customers: Customer[];
  busy: boolean;
  caption: string;
}) {
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table-stack table-compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Phone</th>
            <th scope="col">Segment</th>
            <th scope="col" className="num">
              Engagement
            </th>
            <th scope="col">Added</th>
          </tr>
        </thead>
        <tbody>
          {customers.map((c) => (
            <tr key={c.id}>
              <th scope="row" data-label="Name">
                <Link to={paths.customer(c.id)}>{customerName(c)}</Link>
                {c.optedOutAt ? <span className="tag">Opted out</span> : null}
              </th>
              <td data-label="E-mail">{c.email ?? <span className="muted">—</span>}</td>
              <td data-label="Phone">{c.phone ?? <span className="muted">—</span>}</td>
              <td data-label="Segment">{c.segment ?? <span className="muted">—</span>}</td>
              <td data-label="Engagement" className="num">
                {Math.round(c.engagementScore)}
                <span className="muted"> / 100</span>
              </td>
              <td data-label="Added">
                <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
