/** Customers: search by name or e-mail on the server, paged by cursor. */
import { useEffect, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { navigate, useLocation, withQuery } from '../../app/router.tsx';
import { matchScreen, paths } from '../../app/routes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager, usePager } from '../../components/Pager.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { CustomerTable } from './CustomerTable.tsx';

export const CUSTOMER_PAGE_SIZE = 25;
const TYPING_PAUSE_MS = 400;

export function CustomersScreen() {
  const api = useApi();
  const location = useLocation();
  const q = location.search.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const pager = usePager(q);

  useEffect(() => {
    document.title = 'Customers · Rapport';
  }, []);
  useEffect(() => setDraft(q), [q]);
  // Search as the user types, once they pause.
  useEffect(() => {
    if (draft.trim() === q) return;
    const t = setTimeout(() => {
      // Only if the user is still here (a click may have left the list meanwhile).
      if (matchScreen(window.location.pathname).name !== 'customers') return;
      navigate(withQuery(paths.customers, { q: draft.trim() }), { replace: true });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(t);
  }, [draft, q]);

  const page = useResource(
    (signal) =>
      api.customers.list(
        { q: q || undefined, limit: CUSTOMER_PAGE_SIZE, cursor: pager.cursor },
        { signal },
      ),
    [api, q, pager.cursor],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(withQuery(paths.customers, { q: draft.trim() }));
  };

  return (
    <>
      <PageHeader title="Customers" subtitle="Everyone your company serves, newest first." />
      <form className="searchbar" role="search" onSubmit={submit}>
        <label htmlFor="customer-search">Search customers</label>
        <div className="searchbar-row">
          <input
            id="customer-search"
            type="search"
            placeholder="Name or e-mail"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button button-primary">
            Search
          </button>
        </div>
      </form>
      {page.error ? (
        <ErrorState
          error={page.error}
          title="Customers could not be loaded"
          onRetry={page.reload}
        />
      ) : !page.data ? (
        <Loading label="Loading customers…" />
      ) : page.data.items.length === 0 ? (
        <EmptyState title={q ? `No customer matches “${q}”.` : 'No customers yet.'}>
          {q
            ? 'Check the spelling, or search by part of the name or e-mail.'
            : 'Customers appear here when they are created through the API or an import.'}
        </EmptyState>
      ) : (
        <>
          <CustomerTable
            customers={page.data.items}
            busy={page.loading}
            caption={
              q ? `Customers matching “${q}”, page ${pager.page}` : `Customers, page ${pager.page}`
            }
          />
          <Pager
            pager={pager}
            nextCursor={page.data.nextCursor}
            busy={page.loading}
            label="Customer"
          />
        </>
      )}
    </>
  );
}
