/** The recognition feed of the selection, newest first, paged on the server. */
import { useState } from 'react';
import type { Praise } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { useMe } from '../../app/session.tsx';
import { Pager, usePager } from '../../components/Pager.tsx';
import { ShowMoreButton, useShowMore } from '../../components/ShowMore.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { PraiseCard } from './PraiseCard.tsx';
import type { PraiseSelection } from './praise-views.ts';
import { praiseToMe, TO_ME_SCAN_PAGES } from './use-praise-to-me.ts';

const PAGE = 10;

export function PraiseFeed({
  selection,
  onChanged,
}: {
  selection: PraiseSelection;
  onChanged: () => void;
}) {
  const api = useApi();
  const me = useMe();
  const filter =
    selection.view === 'mine'
      ? { employeeId: me.employeeId ?? undefined }
      : selection.view === 'person'
        ? { employeeId: selection.employeeId }
        : selection.view === 'team'
          ? { teamId: selection.teamId }
          : {};
  const key = JSON.stringify([selection.view, filter]);
  const pager = usePager(key);
  const [updated, setUpdated] = useState<ReadonlyMap<string, Praise>>(new Map());
  const chosen =
    selection.view === 'tome' || selection.view === 'all' || !!filter.employeeId || !!filter.teamId;

  const feed = useResource(
    async (signal) => {
      if (!chosen) return { items: [], nextCursor: null, complete: true };
      if (selection.view === 'tome') {
        const found = await praiseToMe(api, me.employeeId ?? '', signal);
        return { ...found, nextCursor: null };
      }
      const page = await api.praise.list(
        { ...filter, limit: PAGE, cursor: pager.cursor },
        { signal },
      );
      return { ...page, complete: true };
    },
    [api, key, pager.cursor, chosen],
  );

  // "Reached me" is gathered from several pages of the feed at once: shown PAGE at a time.
  const pieces = useShowMore(feed.data?.items ?? [], key, PAGE);

  const changed = (p: Praise) => {
    setUpdated((m) => new Map(m).set(p.id, p));
    onChanged();
  };

  if (!chosen)
    return (
      <EmptyState title={selection.view === 'team' ? 'Choose a team.' : 'Choose a person.'}>
        Their praise shows here.
      </EmptyState>
    );
  if (feed.error)
    return (
      <ErrorState error={feed.error} title="The praise could not be loaded" onRetry={feed.reload} />
    );
  if (!feed.data) return <Loading label="Loading praise…" />;
  if (!feed.data.items.length)
    return (
      <EmptyState title="No praise here yet.">
        Compliments appear when a customer praises someone (a survey comment, a call, the contact
        form) or a colleague logs one.
      </EmptyState>
    );
  return (
    <div aria-busy={feed.loading}>
      <ul className="praise-feed">
        {(selection.view === 'tome' ? pieces.shown : feed.data.items).map((p) => (
          <li key={p.id}>
            <PraiseCard praise={updated.get(p.id) ?? p} onChanged={changed} />
          </li>
        ))}
      </ul>
      {selection.view === 'tome' ? (
        <>
          <ShowMoreButton left={pieces.left} step={PAGE} noun="compliments" onMore={pieces.more} />
          {!feed.data.complete ? (
            <p className="muted">
              The newest {TO_ME_SCAN_PAGES * 100} compliments of the workspace were searched.
            </p>
          ) : null}
        </>
      ) : (
        <Pager pager={pager} nextCursor={feed.data.nextCursor} busy={feed.loading} label="Praise" />
      )}
    </div>
  );
}
