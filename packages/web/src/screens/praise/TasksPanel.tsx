/**
 * The thank-you follow-ups: to call (or write to) the customer who praised someone. Employees
 * see those assigned to them; analysts and admins every one. Completing one records the
 * follow-up on the customer's history; an open one can be handed over (HandOverTaskForm).
 */
import { useState } from 'react';
import type { FollowUpTask, TaskQuery } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useCustomers } from '../../api/directory.tsx';
import { useResource } from '../../api/use-resource.ts';
import { Link } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { useMe } from '../../app/session.tsx';
import { Pager, usePager } from '../../components/Pager.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { customerName } from '../customers/CustomerTable.tsx';
import { usePeople } from '../history/people.ts';
import { CompleteTaskForm, METHOD_LABELS } from './CompleteTaskForm.tsx';
import { HandOverTaskForm } from './HandOverTaskForm.tsx';
import { taskDue } from './task-due.ts';

export function TasksPanel({ version, onChanged }: { version: number; onChanged: () => void }) {
  const api = useApi();
  const me = useMe();
  const people = usePeople();
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const everyone = me.role === 'admin' || me.role === 'analyst';
  const query: TaskQuery = { status, ...(everyone ? {} : { assigneeId: me.employeeId ?? '' }) };
  const key = JSON.stringify(query);
  const pager = usePager(key);
  const blocked = !everyone && !me.employeeId;
  const tasks = useResource(
    (signal) =>
      blocked
        ? Promise.resolve({ items: [], nextCursor: null })
        : api.tasks.list({ ...query, limit: 10, cursor: pager.cursor }, { signal }),
    [api, key, pager.cursor, version, blocked],
  );
  const customerOf = useCustomers(
    tasks.data?.items.flatMap((t) => (t.customerId ? [t.customerId] : [])) ?? [],
  );
  const [done, setDone] = useState<string>();
  const now = Date.now();

  const completed = (t: FollowUpTask) => {
    setDone(`Done: ${t.title}`);
    tasks.reload();
    onChanged();
  };
  const handedOver = (t: FollowUpTask) => {
    const to = t.assigneeId ? people.employeeName(t.assigneeId) : undefined;
    setDone(`Handed over to ${to ?? 'someone else'}: ${t.title}`);
    tasks.reload();
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="tasks-title">
      <div className="section-head">
        <h2 id="tasks-title">{everyone ? 'Thank-you follow-ups' : 'Your thank-you follow-ups'}</h2>
        <div className="toggle-group" role="group" aria-label="Which follow-ups">
          {(['open', 'done'] as const).map((s) => (
            <button
              key={s}
              type="button"
              className="toggle"
              aria-pressed={status === s}
              onClick={() => setStatus(s)}
            >
              {s === 'open' ? 'To do' : 'Done'}
            </button>
          ))}
        </div>
      </div>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      {tasks.error ? (
        <ErrorState
          error={tasks.error}
          title="The follow-ups could not be loaded"
          onRetry={tasks.reload}
        />
      ) : !tasks.data ? (
        <Loading label="Loading follow-ups…" />
      ) : !tasks.data.items.length ? (
        <EmptyState title={status === 'open' ? 'Nothing to follow up.' : 'None done yet.'}>
          When a customer praises someone, their team lead gets a task to thank the customer
          personally.
        </EmptyState>
      ) : (
        <>
          <ul className="task-list" aria-busy={tasks.loading}>
            {tasks.data.items.map((t) => {
              const customer = t.customerId ? customerOf(t.customerId) : null;
              const due = taskDue(t, now);
              return (
                <li key={t.id} className="task">
                  <p className="task-title">{t.title}</p>
                  <p className="muted">
                    {t.customerId ? (
                      <Link to={paths.customer(t.customerId)}>
                        {customer ? customerName(customer) : 'The customer'}
                      </Link>
                    ) : (
                      'No customer'
                    )}
                    {everyone && t.assigneeId
                      ? ` · for ${people.employeeName(t.assigneeId) ?? 'someone'}`
                      : ''}
                    {due ? ' · ' : ''}
                    {due?.overdue ? (
                      <span className="task-overdue">{due.text}</span>
                    ) : (
                      (due?.text ?? '')
                    )}
                  </p>
                  {t.status === 'open' && (everyone || t.assigneeId === me.employeeId) ? (
                    <>
                      <CompleteTaskForm task={t} onDone={completed} />
                      <HandOverTaskForm task={t} onDone={handedOver} />
                    </>
                  ) : t.completedAt ? (
                    <p>
                      <span aria-hidden="true">✓ </span>Done{' '}
                      {t.method ? `by ${METHOD_LABELS[t.method].toLowerCase()} ` : ''}on{' '}
                      {formatDateTime(t.completedAt)}
                      {t.note ? <span className="note-text task-note">{t.note}</span> : null}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <Pager
            pager={pager}
            nextCursor={tasks.data.nextCursor}
            busy={tasks.loading}
            label="Follow-up"
          />
        </>
      )}
    </section>
  );
}
