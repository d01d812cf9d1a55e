/**
 * A customer's history: who they are, their path through the journey, and one timeline of
 * every touchpoint, newest or oldest first, shown a page at a time.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useStages } from '../../api/directory.tsx';
import { Link, navigate, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { ChartFallback } from '../../charts/ChartFallback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { DEFAULT_STAGES } from '../../lib/labels.ts';
import { TimelineExtensionsProvider } from '../../timeline/extensions.tsx';
import {
  interactionEntry,
  responseEntries,
  sortEntries,
  type SortOrder,
} from '../../timeline/model.ts';
import { entryAnchor, Timeline } from '../../timeline/Timeline.tsx';
import { customerName } from '../customers/CustomerTable.tsx';
import { CustomerSummary } from './CustomerSummary.tsx';
import { HISTORY_EXTENSIONS } from './history-extensions.ts';
import { journeyChartHeight } from './journey-option.ts';
import { useCustomerJourney } from '../journey/use-customer-journey.ts';
import { OrderToggle } from './OrderToggle.tsx';
import { usePeople } from './people.ts';
import {
  HISTORY_CAP,
  useCustomerHistory,
  useSettledEntries,
  useTranscripts,
} from './use-customer-history.ts';

const JourneyChart = lazy(() => import('./JourneyChart.tsx'));
export const HISTORY_PAGE = 20;

export default function CustomerHistoryScreen({ customerId }: { customerId: string }) {
  const location = useLocation();
  const order: SortOrder = location.search.get('order') === 'oldest' ? 'oldest' : 'newest';
  const { customer, history } = useCustomerHistory(customerId);
  const stages = useStages().data ?? DEFAULT_STAGES;
  const people = usePeople();
  const journey = useCustomerJourney(customerId);
  const [shown, setShown] = useState(HISTORY_PAGE);

  // Interactions, and the responses with no interaction behind them (from the journey).
  const entries = useMemo(
    () =>
      sortEntries(
        [
          ...(history.data?.interactions ?? []).map(interactionEntry),
          ...responseEntries(journey.data?.touchpoints ?? []),
        ],
        order,
      ),
    [history.data, journey.data, order],
  );
  // A link to one touchpoint (#touchpoint-…) shows enough of the list to reach it.
  const target = location.hash.startsWith('touchpoint-') ? location.hash.slice(11) : '';
  const targetIndex = target ? entries.findIndex((e) => e.id === target) : -1;
  const limit = Math.max(shown, targetIndex + 1);
  const visible = useMemo(() => entries.slice(0, limit), [entries, limit]);
  const { transcripts, retry } = useTranscripts(
    visible.flatMap((e) => (e.kind === 'interaction' ? [e.id] : [])),
  );
  // The cards appear once their transcripts and the journey (their engagement, the responses
  // among them) are in, so none grows under the reader; more cards come the same way.
  const drawn = useSettledEntries(
    visible,
    transcripts,
    journey.data !== undefined || journey.error !== undefined,
  );
  const targetDrawn = targetIndex >= 0 && (drawn?.length ?? 0) > targetIndex;

  useEffect(() => {
    if (!targetDrawn) return;
    const el = document.getElementById(entryAnchor(target));
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector('h3')?.setAttribute('tabindex', '-1');
    el?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
  }, [target, targetDrawn]);

  const name = customer.data ? customerName(customer.data) : 'Customer';
  useEffect(() => {
    document.title = `${name} · Rapport`;
  }, [name]);

  if (customer.error) {
    return (
      <>
        <PageHeader title="Customer history" />
        <ErrorState
          error={customer.error}
          title={
            customer.error.status === 404 ? 'No such customer' : 'The customer could not be loaded'
          }
          onRetry={customer.error.status === 404 ? undefined : customer.reload}
        />
        <p>
          <Link to={paths.customers}>Back to customers</Link>
        </p>
      </>
    );
  }
  if (!customer.data) return <Loading label="Loading the customer…" />;

  const all = history.data?.interactions ?? [];
  const times = entries.map((e) => e.at);
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.customers}>Customers</Link> <span aria-hidden="true">/</span>
      </p>
      <PageHeader
        title={name}
        subtitle="Every touchpoint with this customer, across all channels."
      />
      <CustomerSummary
        customer={customer.data}
        touchpoints={history.data ? entries.length : undefined}
        firstTouchpoint={times.reduce<string | undefined>(
          (first, t) => (!first || t < first ? t : first),
          undefined,
        )}
      />

      <section aria-labelledby="journey-title" className="panel">
        <h2 id="journey-title">Journey</h2>
        {all.length >= 2 ? (
          <Suspense
            fallback={
              <ChartFallback
                label="Drawing the journey…"
                height={journeyChartHeight(all, stages)}
              />
            }
          >
            <JourneyChart interactions={all} stages={stages} journey={journey.data} />
          </Suspense>
        ) : (
          <p className="muted">
            The journey (stages over time) is drawn once the customer has two interactions or more.
          </p>
        )}
      </section>

      <section aria-labelledby="touchpoints-title">
        <div className="section-head">
          <h2 id="touchpoints-title">Touchpoints</h2>
          <OrderToggle
            order={order}
            onChange={(o) =>
              navigate(
                withQuery(paths.customer(customerId), { order: o === 'oldest' ? o : undefined }),
                {
                  replace: true,
                },
              )
            }
          />
        </div>
        {history.error ? (
          <ErrorState
            error={history.error}
            title="The touchpoints could not be loaded"
            onRetry={history.reload}
          />
        ) : !history.data || !drawn ? (
          <Loading label="Loading touchpoints…" />
        ) : entries.length === 0 ? (
          <EmptyState title="No touchpoints yet.">
            Interactions recorded for this customer through any channel, and their survey answers,
            appear here.
          </EmptyState>
        ) : (
          <TimelineExtensionsProvider value={HISTORY_EXTENSIONS}>
            {history.data.capped ? (
              <p className="notice">
                This customer has more than {HISTORY_CAP} touchpoints; the latest {HISTORY_CAP} are
                shown.
              </p>
            ) : null}
            <Timeline
              entries={drawn}
              order={order}
              people={people}
              transcripts={transcripts}
              onRetryTranscript={retry}
            />
            <p className="list-foot" role="status">
              Showing {drawn.length} of {entries.length} touchpoints.
            </p>
            {drawn.length < entries.length ? (
              <button
                type="button"
                className="button"
                onClick={() => setShown(limit + HISTORY_PAGE)}
              >
                Show {Math.min(HISTORY_PAGE, entries.length - drawn.length)} more
              </button>
            ) : null}
          </TimelineExtensionsProvider>
        )}
      </section>
    </>
  );
}
