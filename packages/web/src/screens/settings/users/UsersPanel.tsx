/** Users and roles (admins): who signs in, with which role and as which employee; disable them. */
import { useState } from 'react';
import type { ApiError, Role, User } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { asApiError } from '../../../api/errors.ts';
import { useResource } from '../../../api/use-resource.ts';
import { useMe } from '../../../app/session.tsx';
import { ErrorState, FormError, Loading } from '../../../components/states.tsx';
import { formatDate } from '../../../lib/format.ts';
import { ROLE_LABELS } from '../../../lib/labels.ts';
import { usePeople } from '../../history/people.ts';
import { NewUserForm, ROLES } from './NewUserForm.tsx';

export function UsersPanel() {
  const api = useApi();
  const me = useMe();
  const people = usePeople();
  const users = useResource(async (signal) => (await api.users.list({ signal })).items, [api]);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<string>();

  const change = async (u: User, body: { role?: Role; disabled?: boolean }, message: string) => {
    setBusy(u.id);
    setError(undefined);
    try {
      await api.users.update(u.id, body);
      setNotice(message);
      users.reload();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="panel" aria-labelledby="users-title">
      <h2 id="users-title">Users and roles</h2>
      <NewUserForm
        onCreated={(u) => {
          setNotice(`${u.name} can sign in now.`);
          users.reload();
        }}
      />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <FormError error={error} />
      {users.error ? (
        <ErrorState
          error={users.error}
          title="The users could not be loaded"
          onRetry={users.reload}
        />
      ) : !users.data ? (
        <Loading label="Loading users…" />
      ) : (
        <div className="table-wrap" aria-busy={users.loading}>
          <table className="table table-stack table-compact">
            <caption className="visually-hidden">Users of this workspace</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Employee</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...users.data]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((u) => {
                  const self = u.id === me.userId;
                  return (
                    <tr key={u.id} className={u.disabledAt ? 'row-muted' : undefined}>
                      <th scope="row" data-label="Name" className="wrap">
                        {u.name}
                        <div className="muted">{u.email}</div>
                      </th>
                      <td data-label="Role">
                        <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                          Role of {u.name}
                        </label>
                        <select
                          id={`role-${u.id}`}
                          value={u.role}
                          disabled={self || busy === u.id}
                          onChange={(e) =>
                            void change(
                              u,
                              { role: e.target.value as Role },
                              `${u.name} is now ${ROLE_LABELS[e.target.value as Role].toLowerCase()}.`,
                            )
                          }
                        >
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {ROLE_LABELS[r]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td data-label="Employee">
                        {u.employeeId ? (
                          (people.employeeName(u.employeeId) ?? 'Unknown employee')
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td data-label="Status">
                        {u.disabledAt ? `Disabled ${formatDate(u.disabledAt)}` : 'Active'}
                      </td>
                      <td className="cell-actions">
                        {self ? (
                          <span className="muted">You</span>
                        ) : (
                          <button
                            type="button"
                            className="button button-small"
                            disabled={busy === u.id}
                            onClick={() =>
                              void change(
                                u,
                                { disabled: !u.disabledAt },
                                u.disabledAt
                                  ? `${u.name} can sign in again.`
                                  : `${u.name} is disabled; their sessions ended.`,
                              )
                            }
                          >
                            {u.disabledAt ? `Enable ${u.name}` : `Disable ${u.name}`}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
