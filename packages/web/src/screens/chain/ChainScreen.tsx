/**
 * The unbroken chain: over teams, leadership engagement → employee engagement → what customers
 * feel, each link a correlation with its interval in a sentence and a scatter plot with the
 * fitted line; the teams where the chain breaks singled out. Teams under the anonymity
 * threshold are counted as hidden and never shown — the API leaves them out of everything.
 */
import { useEffect, useMemo } from 'react';
import type { LinkageQuery } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { navigate, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { formatDate } from '../../lib/format.ts';
import { BrokenTeams } from './BrokenTeams.tsx';
import { OUTCOMES } from './chain-labels.ts';
import { isPeriodKey } from './chain-period.ts';
import { hiddenText, teamMarks } from './chain-points.ts';
import { ChainControls, type ChainParams } from './ChainControls.tsx';
import { LinkPanel } from './LinkPanel.tsx';
import './chain.css';

function paramsFromSearch(search: URLSearchParams): ChainParams {
  const period = search.get('period');
  return {
    period: isPeriodKey(period) ? period : undefined,
    outcome: OUTCOMES.find((o) => o === search.get('outcome')) ?? 'csat',
    lag: search.get('lag') === '1' ? 1 : 0,
    weighted: search.get('weighted') === 'true',
  };
}

export default function ChainScreen() {
  const api = useApi();
  const location = useLocation();
  const params = paramsFromSearch(location.search);
  const query: LinkageQuery = {
    period: params.period,
    outcome: params.outcome,
    lag: params.lag === 1 ? '1' : '0',
    weighted: params.weighted ? 'true' : 'false',
  };
  const key = JSON.stringify(query);
  const linkage = useResource((signal) => api.chain.linkage(query, { signal }), [api, key]);
  const data = linkage.data;
  const marks = useMemo(() => (data ? teamMarks(data.chain) : new Map()), [data]);

  useEffect(() => {
    document.title = 'The chain · Rapport';
  }, []);
  const go = (p: ChainParams) =>
    navigate(
      withQuery(paths.chain, {
        period: p.period,
        outcome: p.outcome === 'csat' ? undefined : p.outcome,
        lag: p.lag ? '1' : undefined,
        weighted: p.weighted ? 'true' : undefined,
      }),
      { replace: true },
    );
  const hidden = data ? hiddenText(data.teamsHidden, data.threshold) : null;

  return (
    <>
      <PageHeader
        title="The chain"
        subtitle="Leadership engagement → employee engagement → customers, over teams."
      />
      <ChainControls params={params} onChange={go} />
      {linkage.error ? (
        <ErrorState
          error={linkage.error}
          title="The chain could not be read"
          onRetry={linkage.reload}
        />
      ) : !data ? (
        <Loading label="Reading the chain…" />
      ) : !data.surveys.employee && !data.surveys.leadership ? (
        <EmptyState title="No pulse results for this period.">
          Send an employee and a leadership pulse; results show once the period has ended.
        </EmptyState>
      ) : (
        <div aria-busy={linkage.loading}>
          <p className="chain-period">
            {data.period.kind === 'quarter' ? 'Quarter' : 'Month'} {data.period.key} (
            {formatDate(data.period.from)} to {formatDate(addDays(data.period.to, -1))})
            {data.lag ? `; customer outcomes of ${data.outcomePeriod.key}` : ''}.{' '}
            {hidden ? <strong className="chain-hidden-total">{hidden}.</strong> : null}
          </p>
          <div className="chain-links">
            <LinkPanel
              id="lead-eng"
              link={data.leadershipToEngagement}
              marks={marks}
              hidden={hidden}
            />
            <LinkPanel id="eng-out" link={data.engagementToOutcome} marks={marks} hidden={hidden} />
          </div>
          <BrokenTeams chain={data.chain} outcome={data.outcome} />
          <p className="muted chain-caveat">
            A correlation over teams is not a cause and says nothing about any one person. Results
            of a group are shown only from {data.threshold} respondents on.
          </p>
        </div>
      )}
    </>
  );
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString();
}
