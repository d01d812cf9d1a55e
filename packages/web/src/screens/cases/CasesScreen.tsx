/**
 * Cases inbox: the role's cases, newest first, filtered and paged on the server; select cases
 * to assign them together; the closed loop's figures for the cases in view.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { navigate, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager, usePager } from '../../components/Pager.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { BulkAssignBar } from './BulkAssignBar.tsx';
import { CaseFiltersForm } from './CaseFiltersForm.tsx';
import { CaseMetricsStrip } from './CaseMetricsStrip.tsx';
import {
  caseScope,
  filtersFromSearch,
  filtersToQuery,
  filtersToSearch,
  VIEW_LABELS,
  type CaseFilters,
  type CaseScope,
} from './case-scope.ts';
import { CaseTable } from './CaseTable.tsx';
import { useMyTeam } from './use-my-team.ts';
import './cases.css';

export const CASE_PAGE_SIZE = 25;

export default function CasesScreen() {
  const me = useMe();
  const { team, ready } = useMyTeam();
  useEffect(() => {
    document.title = 'Cases · Rapport';
  }, []);
  if (!ready)
    return (
      <>
        <PageHeader title="Cases" />
        <Loading label="Finding your team…" />
      </>
    );
  return <Inbox scope={caseScope(me, team)} />;
}

function Inbox({ scope }: { scope: CaseScope }) {
  const api = useApi();
  const me = useMe();
  const location = useLocation();
  const filters = filtersFromSearch(location.search, scope);
  const query = filtersToQuery(filters, me, scope);
  const key = JSON.stringify(query);
  const pager = usePager(key);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string>();
  const [version, setVersion] = useState(0);

  const page = useResource(
    (signal) =>
      scope.blocked
        ? Promise.resolve({ items: [], nextCursor: null })
        : api.cases.list({ ...query, limit: CASE_PAGE_SIZE, cursor: pager.cursor }, { signal }),
    [api, key, pager.cursor, version, scope.blocked],
  );

  const apply = (f: CaseFilters) => {
    setSelected(new Set());
    navigate(withQuery(paths.cases, filtersToSearch(f)), { replace: true });
  };
  const select = (ids: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  const filtered = filters.status !== 'active' || !!filters.sla || !!filters.priority;
  const viewTitle =
    filters.view === 'team' && scope.team ? `Team ${scope.team.name}` : VIEW_LABELS[filters.view];
  const metricsPick =
    filters.view === 'mine'
      ? (me.employeeId ?? undefined)
      : filters.view === 'team'
        ? scope.team?.id
        : undefined;

  return (
    <>
      <PageHeader title="Cases" subtitle={`${viewTitle}, newest first.`} />
      {scope.blocked ? (
        <EmptyState title="No cases of your own">{scope.blocked}</EmptyState>
      ) : (
        <>
          <CaseMetricsStrip
            title={viewTitle}
            query={metricsPick ? { groupBy: filters.view === 'team' ? 'team' : 'owner' } : {}}
            pick={metricsPick}
            version={version}
          />
          <CaseFiltersForm filters={filters} scope={scope} onChange={apply} />
          {notice ? (
            <p className="notice" role="status">
              {notice}
            </p>
          ) : null}
          {scope.canAssign && selected.size > 0 ? (
            <BulkAssignBar
              ids={[...selected]}
              onClear={() => setSelected(new Set())}
              onDone={(message) => {
                setNotice(message);
                setSelected(new Set());
                setVersion((v) => v + 1);
              }}
            />
          ) : null}
          {page.error ? (
            <ErrorState
              error={page.error}
              title="Cases could not be loaded"
              onRetry={page.reload}
            />
          ) : !page.data ? (
            <Loading label="Loading cases…" />
          ) : page.data.items.length === 0 ? (
            <EmptyState title={filtered ? 'No case matches these filters.' : 'No active cases.'}>
              {filtered
                ? 'Clear a filter to see more.'
                : 'Rules open cases when a customer needs a follow-up: a detractor, a very low score, churn words.'}
            </EmptyState>
          ) : (
            <>
              <CaseTable
                cases={page.data.items}
                busy={page.loading}
                caption={`Cases, page ${pager.page}`}
                selected={scope.canAssign ? selected : undefined}
                onSelect={scope.canAssign ? select : undefined}
              />
              <Pager
                pager={pager}
                nextCursor={page.data.nextCursor}
                busy={page.loading}
                label="Case"
              />
            </>
          )}
        </>
      )}
    </>
  );
}
