/** Who the customer is: contact details, segment, consent and engagement score. */
import type { Customer } from '@rapport/contracts';
import { useEmployees } from '../../api/directory.tsx';
import { formatDate } from '../../lib/format.ts';

/**
 * Since when the customer is known: their first touchpoint when it is older than the record
 * (history imported, or the demo's months of it), else the day the record was added.
 */
export function knownSince(createdAt: string, firstTouchpoint: string | undefined) {
  return firstTouchpoint && Date.parse(firstTouchpoint) < Date.parse(createdAt)
    ? { at: firstTouchpoint, from: 'first touchpoint' as const }
    : { at: createdAt, from: 'added' as const };
}

export function CustomerSummary({
  customer: c,
  touchpoints,
  firstTouchpoint,
}: {
  customer: Customer;
  touchpoints: number | undefined;
  /** When the earliest touchpoint happened, once the history is loaded. */
  firstTouchpoint?: string | undefined;
}) {
  const since = knownSince(c.createdAt, firstTouchpoint);
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
        <dd>
          {formatDate(since.at)}
          {since.from === 'first touchpoint' ? (
            <span className="muted"> (first touchpoint; added {formatDate(c.createdAt)})</span>
          ) : null}
        </dd>
      </div>
    </dl>
  );
}
