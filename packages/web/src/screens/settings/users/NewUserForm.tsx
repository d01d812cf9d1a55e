/** A new user who signs in: e-mail, name, role, the employee they are, a first password. */
import { useState, type FormEvent } from 'react';
import type { ApiError, Role, User } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { asApiError } from '../../../api/errors.ts';
import { FormError } from '../../../components/states.tsx';
import { ROLE_HINTS, ROLE_LABELS } from '../../../lib/labels.ts';
import { EmployeeSelect } from '../../cases/EmployeeSelect.tsx';

export const ROLES: Role[] = ['agent', 'manager', 'analyst', 'admin'];

export function NewUserForm({ onCreated }: { onCreated: (u: User) => void }) {
  const api = useApi();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [employeeId, setEmployeeId] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const err = (f: string) => error?.fieldError(f);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onCreated(
        await api.users.create({
          email: email.trim(),
          name: name.trim(),
          role,
          password,
          employeeId: employeeId || null,
        }),
      );
      setEmail('');
      setName('');
      setPassword('');
      setEmployeeId('');
    } catch (x) {
      setError(asApiError(x));
    } finally {
      setBusy(false);
    }
  };
  const describe = (id: string, f: string, hint?: boolean) =>
    err(f) ? `${id}-error` : hint ? `${id}-hint` : undefined;
  const problem = (id: string, f: string) =>
    err(f) ? (
      <p className="field-error" id={`${id}-error`}>
        {err(f)}
      </p>
    ) : null;

  return (
    <form className="inline-form" aria-labelledby="new-user-title" onSubmit={(e) => void submit(e)}>
      <h3 id="new-user-title">New user</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor="user-email">E-mail</label>
          <input
            id="user-email"
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={err('email') ? true : undefined}
            aria-describedby={describe('user-email', 'email')}
          />
          {problem('user-email', 'email')}
        </div>
        <div className="field">
          <label htmlFor="user-name">Full name</label>
          <input
            id="user-name"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={err('name') ? true : undefined}
            aria-describedby={describe('user-name', 'name')}
          />
          {problem('user-name', 'name')}
        </div>
        <div className="field">
          <label htmlFor="user-role">Role</label>
          <select
            id="user-role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            aria-describedby="user-role-hint"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <p className="field-hint" id="user-role-hint">
            May {ROLE_HINTS[role]}.
          </p>
        </div>
        <div className="field">
          <label htmlFor="user-employee">Is the employee</label>
          <EmployeeSelect
            id="user-employee"
            value={employeeId}
            empty="Not an employee"
            describedBy={describe('user-employee', 'employeeId', true)}
            onChange={setEmployeeId}
          />
          {problem('user-employee', 'employeeId') ?? (
            <p className="field-hint" id="user-employee-hint">
              Agents and managers see their own and their team’s.
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="user-password">First password</label>
          <input
            id="user-password"
            type="password"
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={err('password') ? true : undefined}
            aria-describedby={describe('user-password', 'password', true)}
          />
          {problem('user-password', 'password') ?? (
            <p className="field-hint" id="user-password-hint">
              8 characters or more; they can change it.
            </p>
          )}
        </div>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create user'}
      </button>
      {error && !['email', 'name', 'password', 'employeeId'].some((f) => err(f)) ? (
        <FormError error={error} />
      ) : null}
    </form>
  );
}
