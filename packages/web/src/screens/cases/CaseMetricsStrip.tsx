/**
 * How the closed loop is doing for the cases in view, over the last 90 days: recovery rate and
 * SLA kept (each with n and a 95 % interval), the median time to first action and to close.
 */
import type { CaseFigures, CaseMetricsQuery } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { ErrorState, Loading } from '../../components/states.tsx';
import { formatNumber } from '../../lib/format.ts';

type Share = CaseFigures['recoveryRate'];
type Duration = CaseFigures['timeToClose'];

const pct = (v: number) => `${Math.round(v)} %`;

export function shareText(s: Share, none: string): { value: string; detail: string } {
  if (s.n === 0) return { value: '—', detail: none };
  // Worded as the Overview words its intervals: "95 % interval 49–62 %".
  const ci = s.interval
    ? `95 % interval ${Math.round(s.interval.low)}–${pct(s.interval.high)} · `
    : '';
  return { value: pct(s.share), detail: `${ci}${s.count} of ${formatNumber(s.n)}` };
}

export function hoursText(h: number | null): string {
  if (h === null) return '—';
  if (h < 1) return `${Math.max(1, Math.round(h * 60))} min`;
  if (h < 48) return `${h < 10 ? h.toFixed(1) : Math.round(h)} h`;
  return `${(h / 24).toFixed(1)} days`;
}

function durationText(d: Duration, none: string) {
  return d.n === 0
    ? { value: '—', detail: none }
    : { value: hoursText(d.medianHours), detail: `median · n = ${formatNumber(d.n)}` };
}

/** `pick` chooses the row of the view (an owner or a team) when the query groups. */
export function CaseMetricsStrip({
  query,
  pick,
  title,
  version,
}: {
  query: CaseMetricsQuery;
  pick?: string;
  title: string;
  /** Changes when a case changes, to load the figures again. */
  version: number;
}) {
  const api = useApi();
  const key = JSON.stringify(query);
  const metrics = useResource(
    (signal) => api.cases.metrics(query, { signal }),
    [api, key, version],
  );
  const data = metrics.data;
  const figures: CaseFigures | undefined = data
    ? pick
      ? (data.groups.find((g) => g.key === pick) ?? emptyFigures())
      : data.overall
    : undefined;

  const items = figures
    ? [
        { label: 'Recovery rate', ...shareText(figures.recoveryRate, 'no closed cases') },
        { label: 'SLA kept', ...shareText(figures.slaKept, 'none decided yet') },
        { label: 'Time to first action', ...durationText(figures.timeToFirstAction, 'none yet') },
        { label: 'Time to close', ...durationText(figures.timeToClose, 'none closed') },
        {
          label: 'Active cases',
          value: formatNumber(figures.active),
          detail: `${formatNumber(figures.opened)} opened`,
        },
      ]
    : [];

  return (
    <section
      className="panel case-metrics"
      aria-labelledby="case-metrics-title"
      aria-busy={metrics.loading}
    >
      <h2 id="case-metrics-title" className="section-title">
        {title} · cases opened in the last 90 days
      </h2>
      {metrics.error ? (
        <ErrorState
          error={metrics.error}
          title="The figures could not be loaded"
          onRetry={metrics.reload}
        />
      ) : !figures ? (
        <Loading label="Loading the figures…" />
      ) : (
        <dl className="metric-strip">
          {items.map((i) => (
            <div key={i.label} data-metric={i.label}>
              <dt>{i.label}</dt>
              <dd>
                <span className="metric-strip-value">{i.value}</span>
                <span className="metric-strip-detail">{i.detail}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function emptyFigures(): CaseFigures {
  const share = { count: 0, n: 0, share: 0, interval: null };
  const duration = { n: 0, medianHours: null, meanHours: null };
  return {
    opened: 0,
    active: 0,
    closed: 0,
    timeToFirstAction: duration,
    timeToClose: duration,
    slaKept: share,
    recoveryRate: share,
    outcomes: {},
  };
}
