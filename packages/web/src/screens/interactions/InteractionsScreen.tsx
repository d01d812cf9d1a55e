/** Interactions: every touchpoint, newest first, filtered on the server and paged by cursor. */
import { useEffect } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useStages, useTeams } from '../../api/directory.tsx';
import { useResource } from '../../api/use-resource.ts';
import { navigate, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager, usePager } from '../../components/Pager.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { DEFAULT_STAGES } from '../../lib/labels.ts';
import {
  activeFilterCount,
  filterProblem,
  filtersFromSearch,
  filtersToQuery,
  filtersToSearch,
  type InteractionFilters,
} from './interaction-filters.ts';
import { InteractionFiltersForm } from './InteractionFiltersForm.tsx';
import { InteractionTable } from './InteractionTable.tsx';

export const INTERACTION_PAGE_SIZE = 25;

export default function InteractionsScreen() {
  const api = useApi();
  const me = useMe();
  const location = useLocation();
  const mineByDefault = me.role === 'agent' && me.employeeId !== null;
  const filters = filtersFromSearch(location.search, mineByDefault);
  const problem = filterProblem(filters);
  const query = filtersToQuery(filters, me.employeeId);
  const key = JSON.stringify(query);
  const pager = usePager(key);
  const stages = useStages().data ?? DEFAULT_STAGES;
  const teams = useTeams().data ?? [];

  useEffect(() => {
    document.title = 'Interactions · Rapport';
  }, []);

  const page = useResource(
    (signal) =>
      problem
        ? Promise.resolve({ items: [], nextCursor: null })
        : api.interactions.list(
            { ...query, limit: INTERACTION_PAGE_SIZE, cursor: pager.cursor },
            { signal },
          ),
    [api, key, problem, pager.cursor],
  );

  const apply = (f: InteractionFilters) =>
    navigate(withQuery(paths.interactions, filtersToSearch(f, mineByDefault)), { replace: true });
  const filtered = activeFilterCount(filters) > 0 || filters.mine;

  return (
    <>
      <PageHeader title="Interactions" subtitle="Every touchpoint across channels, newest first." />
      <InteractionFiltersForm
        filters={filters}
        stages={stages}
        teams={teams}
        canFilterMine={me.employeeId !== null}
        problem={problem}
        onChange={apply}
        onClear={() => apply({ mine: false })}
      />
      {page.error ? (
        <ErrorState
          error={page.error}
          title="Interactions could not be loaded"
          onRetry={page.reload}
        />
      ) : !page.data ? (
        <Loading label="Loading interactions…" />
      ) : page.data.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No interaction matches these filters.' : 'No interactions yet.'}
        >
          {filtered
            ? 'Widen the dates or clear a filter.'
            : 'Interactions appear here when they are recorded through the API or an import.'}
        </EmptyState>
      ) : (
        <>
          <InteractionTable
            interactions={page.data.items}
            busy={page.loading}
            caption={`Interactions, page ${pager.page}`}
          />
          <Pager
            pager={pager}
            nextCursor={page.data.nextCursor}
            busy={page.loading}
            label="Interaction"
          />
        </>
      )}
    </>
  );
}
