/**
 * The drill-down: the responses behind one figure of the overview — same metric, scale, period
 * and filters — newest first, paged on the server; each leads to the customer's history.
 */
import { useEffect } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { Link, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager, usePager } from '../../components/Pager.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { CHANNEL_LABELS, stageLabel } from '../../lib/labels.ts';
import { describeFigure, figureLabel } from '../../lib/metrics-format.ts';
import type { Channel } from '@rapport/contracts';
import { usePeople } from '../history/people.ts';
import { drillFromSearch, drillLastDay, drillQuery, type Drill } from './drill.ts';
import { describeRange } from './period.ts';
import { ResponseTable } from './ResponseTable.tsx';
import { useMetric } from './use-metric.ts';
import './overview.css';

export const RESPONSE_PAGE_SIZE = 25;

export default function ResponsesScreen() {
  const drill = drillFromSearch(useLocation().search);
  useEffect(() => {
    document.title = 'Responses · Rapport';
  }, []);
  if (!drill) {
    return (
      <>
        <PageHeader title="Responses" />
        <EmptyState title="This link does not name a figure.">
          <Link to={paths.overview}>Back to the overview</Link>
        </EmptyState>
      </>
    );
  }
  return <DrillDown drill={drill} />;
}

function DrillDown({ drill }: { drill: Drill }) {
  const api = useApi();
  const people = usePeople();
  const query = drillQuery(drill);
  const key = JSON.stringify(query);
  const pager = usePager(key);
  const page = useResource(
    (signal) =>
      api.responses.list({ ...query, limit: RESPONSE_PAGE_SIZE, cursor: pager.cursor }, { signal }),
    [api, key, pager.cursor],
  );
  const figure = useMetric(drill.metric, {
    from: drill.from,
    to: drill.to,
    channel: drill.channel,
    stage: drill.stage,
    teamId: drill.teamId,
    agentId: drill.agentId,
  });
  const cell = figure.data?.overall.find((c) => c.scale === drill.scale);
  const label = figureLabel(drill.metric, drill.scale);
  const within = [
    drill.teamId ? `team ${people.teamName(drill.teamId) ?? '…'}` : null,
    drill.agentId ? `agent ${people.employeeName(drill.agentId) ?? '…'}` : null,
    drill.channel ? (CHANNEL_LABELS[drill.channel as Channel] ?? drill.channel) : null,
    drill.stage ? `stage ${stageLabel(drill.stage)}` : null,
  ].filter(Boolean);
  const back = withQuery(paths.overview, {
    from: drill.from,
    to: drillLastDay(drill),
    metric: drill.metric,
  });

  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>
          <span aria-hidden="true">← </span>Overview
        </Link>
      </p>
      <PageHeader
        title={`Responses behind ${label}`}
        subtitle={`${describeRange(drill)}${within.length ? ` · ${within.join(' · ')}` : ''}`}
      />
      {cell ? (
        <p className="notice drill-figure">{describeFigure(cell.figure, label).sentence}.</p>
      ) : null}
      {page.error ? (
        <ErrorState
          error={page.error}
          title="Responses could not be loaded"
          onRetry={page.reload}
        />
      ) : !page.data ? (
        <Loading label="Loading responses…" />
      ) : page.data.items.length === 0 ? (
        <EmptyState title="No responses behind this figure." />
      ) : (
        <>
          <ResponseTable
            responses={page.data.items}
            drill={drill}
            busy={page.loading}
            caption={`Responses behind ${label}, page ${pager.page}`}
          />
          <Pager
            pager={pager}
            nextCursor={page.data.nextCursor}
            busy={page.loading}
            label="Response"
          />
        </>
      )}
    </>
  );
}
