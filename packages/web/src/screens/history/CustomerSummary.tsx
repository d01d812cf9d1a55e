/** Who the customer is: contact details, segment, consent and engagement score. */
import type { Customer } from '@rapport/contracts';
import { useEmployees } from '../../api/directory.tsx';
import { formatDate } from '../../lib/format.ts';

export function CustomerSummary({
  customer: c,
  touchpoints,
}: {
  customer: Customer;
  touchpoints: number | undefined;
}) {
  const employees = useEmployees().data;
  const owner = c.relationshipOwnerId ? employees?.get(c.relationshipOwnerId)?.name : undefined;
  const consent = [c.consent.email ? 'e-mail' : null, c.consent.sms ? 'SMS' : null].filter(Boolean);
  return (
    <dl className="summary">
      <div>
        <dt>Engagement score</dt>
        <dd className="summary-score">
          {Math.round(c.engagementScore)}
          <span className="muted"> / 100</span>
        </dd>
      </div>
      <div>
        <dt>Touchpoints</dt>
        <dd>{touchpoints ?? '…'}</dd>
      </div>
      <div>
        <dt>E-mail</dt>
        <dd>{c.email ?? <span className="muted">—</span>}</dd>
      </div>
      <div>
        <dt>Phone</dt>
        <dd>{c.phone ?? <span className="muted">—</span>}</dd>
      </div>
      <div>
        <dt>Segment</dt>
        <dd>{c.segment ?? <span className="muted">—</span>}</dd>
      </div>
      <div>
        <dt>Relationship owner</dt>
        <dd>{owner ?? <span className="muted">—</span>}</dd>
      </div>
      <div>
        <dt>May contact by</dt>
        <dd>
          {c.optedOutAt
            ? `Opted out on ${formatDate(c.optedOutAt)}`
            : consent.length
              ? consent.join(', ')
              : 'No consent recorded'}
        </dd>
      </div>
      <div>
        <dt>Customer since</dt>
        <dd>{formatDate(c.createdAt)}</dd>
      </div>
    </dl>
  );
}
