/**
 * Praise counts: for one person a strip (received, passed up, received as a manager); for a
 * team a table of its members with the team's totals.
 */
import type { PraiseCounts as Counts } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { ErrorState, Loading } from '../../components/states.tsx';
import { formatNumber } from '../../lib/format.ts';
import { usePeople } from '../history/people.ts';

const LABELS = {
  received: 'Praise received',
  passedUp: 'Passed up',
  asManager: 'Reached them as a manager',
} as const;
const KEYS = Object.keys(LABELS) as Array<keyof typeof LABELS>;

export function PraiseCounts({
  employeeIds,
  title,
  version,
}: {
  employeeIds: readonly string[];
  title: string;
  version: number;
}) {
  const api = useApi();
  const people = usePeople();
  const key = employeeIds.join(',');
  const counts = useResource(
    (signal) => Promise.all(employeeIds.map((id) => api.praise.counts(id, { signal }))),
    [api, key, version],
  );

  return (
    <section
      className="panel praise-counts"
      aria-labelledby="praise-counts-title"
      aria-busy={counts.loading}
    >
      <h2 id="praise-counts-title" className="section-title">
        {title}
      </h2>
      {counts.error ? (
        <ErrorState
          error={counts.error}
          title="The counts could not be loaded"
          onRetry={counts.reload}
        />
      ) : !counts.data ? (
        <Loading label="Counting…" />
      ) : counts.data.length === 1 && counts.data[0] ? (
        <Strip counts={counts.data[0]} />
      ) : counts.data.length === 0 ? (
        <p className="muted">Nobody in this team yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                {KEYS.map((k) => (
                  <th key={k} scope="col" className="num">
                    {LABELS[k]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...counts.data]
                .sort((a, b) => b.received - a.received || b.asManager - a.asManager)
                .map((c) => (
                  <tr key={c.employeeId}>
                    <th scope="row">{people.employeeName(c.employeeId) ?? 'Unknown employee'}</th>
                    {KEYS.map((k) => (
                      <td key={k} className="num">
                        {formatNumber(c[k])}
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Team (sum)</th>
                {KEYS.map((k) => (
                  <td key={k} className="num">
                    {formatNumber(counts.data?.reduce((s, c) => s + c[k], 0) ?? 0)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

function Strip({ counts }: { counts: Counts }) {
  return (
    <dl className="metric-strip">
      {KEYS.map((k) => (
        <div key={k}>
          <dt>{LABELS[k]}</dt>
          <dd>
            <span className="metric-strip-value">{formatNumber(counts[k])}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
