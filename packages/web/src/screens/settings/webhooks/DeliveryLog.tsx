/** An endpoint's delivery log, newest first: event, status, attempts, the answer or error. */
import type { WebhookDelivery } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { useResource } from '../../../api/use-resource.ts';
import { Pager, usePager } from '../../../components/Pager.tsx';
import { EmptyState, ErrorState, Loading } from '../../../components/states.tsx';
import { formatDateTime } from '../../../lib/format.ts';

const STATUS: Record<WebhookDelivery['status'], { mark: string; tone: string; text: string }> = {
  pending: { mark: '…', tone: 'neutral', text: 'Pending' },
  retrying: { mark: '↻', tone: 'warn', text: 'Retrying' },
  delivered: { mark: '✓', tone: 'good', text: 'Delivered' },
  failed: { mark: '✕', tone: 'bad', text: 'Failed' },
};

export function DeliveryLog({ endpointId, url }: { endpointId: string; url: string }) {
  const api = useApi();
  const pager = usePager(endpointId);
  const log = useResource(
    (signal) =>
      api.webhooks.deliveries(endpointId, { limit: 20, cursor: pager.cursor }, { signal }),
    [api, endpointId, pager.cursor],
  );
  if (log.error)
    return (
      <ErrorState
        error={log.error}
        title="The delivery log could not be loaded"
        onRetry={log.reload}
      />
    );
  if (!log.data) return <Loading label="Loading deliveries…" />;
  if (!log.data.items.length)
    return (
      <EmptyState title="Nothing delivered yet.">
        Deliveries appear when a subscribed event happens.
      </EmptyState>
    );
  return (
    <>
      <div className="table-wrap" aria-busy={log.loading}>
        <table className="table table-stack table-compact">
          <caption className="visually-hidden">Deliveries to {url}</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Attempts
              </th>
              <th scope="col">Answer</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {log.data.items.map((d) => {
              const s = STATUS[d.status];
              return (
                <tr key={d.id}>
                  <th scope="row" data-label="Event">
                    <code>{d.eventType}</code>
                  </th>
                  <td data-label="Status">
                    <span className={`badge badge-${s.tone}`}>
                      <span aria-hidden="true" className="badge-mark">
                        {s.mark}
                      </span>
                      {s.text}
                    </span>
                  </td>
                  <td data-label="Attempts" className="num">
                    {d.attempts}
                  </td>
                  <td data-label="Answer" className="cell-note">
                    {d.responseStatus !== null ? `HTTP ${d.responseStatus}` : ''}
                    {d.lastError ? <div className="muted">{d.lastError}</div> : null}
                    {d.responseStatus === null && !d.lastError ? (
                      <span className="muted">—</span>
                    ) : null}
                  </td>
                  <td data-label="When">
                    <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
                    {d.deliveredAt ? (
                      <div className="muted">delivered {formatDateTime(d.deliveredAt)}</div>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager pager={pager} nextCursor={log.data.nextCursor} busy={log.loading} label="Delivery" />
    </>
  );
}
