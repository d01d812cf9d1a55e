/**
 * Praise: the recognition feed (about me, what reached me as a manager, a team's, a person's),
 * each compliment with the way it went up and a way to pass it further with a note; the counts
 * per person and team; the thank-you follow-ups to complete.
 */
import { useEffect, useMemo, useState } from 'react';
import { useEmployees, useTeams } from '../../api/directory.tsx';
import { navigate, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, Loading } from '../../components/states.tsx';
import { EmployeeSelect } from '../cases/EmployeeSelect.tsx';
import { useMyTeam } from '../cases/use-my-team.ts';
import { usePeople } from '../history/people.ts';
import { PraiseCounts } from './PraiseCounts.tsx';
import { PraiseFeed } from './PraiseFeed.tsx';
import {
  PRAISE_VIEW_LABELS,
  praiseViews,
  selectionFromSearch,
  selectionToSearch,
  type PraiseSelection,
} from './praise-views.ts';
import { TasksPanel } from './TasksPanel.tsx';
import './praise.css';

export default function PraiseScreen() {
  const me = useMe();
  const { team, ready } = useMyTeam();
  const location = useLocation();
  const teams = useTeams().data ?? [];
  const employees = useEmployees().data;
  const people = usePeople();
  const [version, setVersion] = useState(0);
  const views = praiseViews(me);
  const selection = selectionFromSearch(location.search, views, { teamId: team?.id });
  const go = (s: PraiseSelection) =>
    navigate(withQuery(paths.praise, selectionToSearch(s)), { replace: true });

  useEffect(() => {
    document.title = 'Praise · Rapport';
  }, []);

  const counted = useMemo(() => {
    if (selection.view === 'team')
      return selection.teamId
        ? [...(employees?.values() ?? [])]
            .filter((e) => e.teamId === selection.teamId && e.active)
            .map((e) => e.id)
        : [];
    if (selection.view === 'all') return [];
    const id = selection.view === 'person' ? selection.employeeId : me.employeeId;
    return id ? [id] : [];
  }, [selection.view, selection.teamId, selection.employeeId, employees, me.employeeId]);
  const countsTitle =
    selection.view === 'team'
      ? `Praise per person in ${teams.find((t) => t.id === selection.teamId)?.name ?? 'the team'}`
      : selection.view === 'person'
        ? `Praise of ${people.employeeName(selection.employeeId ?? '') ?? 'this person'}`
        : 'Your praise';

  const feedTitle =
    selection.view === 'all'
      ? 'Everyone’s praise'
      : selection.view === 'tome'
        ? 'Praise that reached you as a manager'
        : selection.view === 'mine'
          ? 'Praise about you'
          : selection.view === 'team'
            ? selection.teamId
              ? `Praise about ${teams.find((t) => t.id === selection.teamId)?.name ?? 'the team'}`
              : 'A team’s praise'
            : selection.employeeId
              ? `Praise about ${people.employeeName(selection.employeeId) ?? 'this person'}`
              : 'A person’s praise';
  if (!ready)
    return (
      <>
        <PageHeader title="Praise" />
        <Loading label="Finding your team…" />
      </>
    );
  if (!views.length)
    return (
      <>
        <PageHeader title="Praise" />
        <EmptyState title="No praise of your own">
          Your user is not linked to an employee. Ask an administrator to link it.
        </EmptyState>
      </>
    );
  return (
    <>
      <PageHeader
        title="Praise"
        subtitle="Compliments from customers and colleagues, and where they went."
      />
      <form
        className="filters praise-filters"
        aria-label="Whose praise"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="pf-view">Show</label>
          <select
            id="pf-view"
            value={selection.view}
            onChange={(e) =>
              go({ view: e.target.value as PraiseSelection['view'], teamId: team?.id })
            }
          >
            {views.map((v) => (
              <option key={v} value={v}>
                {PRAISE_VIEW_LABELS[v]}
              </option>
            ))}
          </select>
        </div>
        {selection.view === 'team' ? (
          <div className="field">
            <label htmlFor="pf-team">Team</label>
            <select
              id="pf-team"
              value={selection.teamId ?? ''}
              onChange={(e) => go({ view: 'team', teamId: e.target.value || undefined })}
            >
              <option value="">Choose a team…</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {selection.view === 'person' ? (
          <div className="field">
            <label htmlFor="pf-person">Person</label>
            <EmployeeSelect
              id="pf-person"
              value={selection.employeeId ?? ''}
              empty="Choose a person…"
              onChange={(id) => go({ view: 'person', employeeId: id || undefined })}
            />
          </div>
        ) : null}
      </form>
      <div className="praise-layout">
        <section className="praise-main" aria-labelledby="feed-title">
          <h2 id="feed-title">{feedTitle}</h2>
          <PraiseFeed selection={selection} onChanged={() => setVersion((v) => v + 1)} />
        </section>
        <div className="praise-side">
          {counted.length ? (
            <PraiseCounts employeeIds={counted} title={countsTitle} version={version} />
          ) : null}
          <TasksPanel version={version} onChanged={() => setVersion((v) => v + 1)} />
        </div>
      </div>
    </>
  );
}
