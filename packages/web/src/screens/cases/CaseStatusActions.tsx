/**
 * What can be done to an active case: take it (it becomes yours and work starts), move its
 * status along the lifecycle, or reassign it. Closing has its own form (it needs an outcome).
 */
import { useState } from 'react';
import type { ApiError, Case, CasePatchBody } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { FormError } from '../../components/states.tsx';
import { MOVE_LABELS, nextStatuses } from './case-labels.ts';
import { AssigneeSelect } from './AssigneeSelect.tsx';

export function CaseStatusActions({
  value: c,
  employeeId,
  canAssign,
  onChanged,
}: {
  value: Case;
  /** The signed-in user's employee (null: may not take cases). */
  employeeId: string | null;
  canAssign: boolean;
  onChanged: (c: Case, message: string) => void;
}) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [ownerId, setOwnerId] = useState('');

  const change = async (body: CasePatchBody, message: string) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await api.cases.update(c.id, body), message);
      setOwnerId('');
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  if (c.status === 'closed')
    return <p className="muted">The case is closed; nothing more to do.</p>;
  const mine = employeeId !== null && c.ownerId === employeeId;
  return (
    <div className="case-actions">
      <div className="button-row" role="group" aria-label="Case status">
        {employeeId && !mine ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() =>
              void change(
                { ownerId: employeeId, ...(c.status === 'open' ? { status: 'in_progress' } : {}) },
                'The case is yours now.',
              )
            }
          >
            Take this case
          </button>
        ) : null}
        {nextStatuses(c.status).map((s) => (
          <button
            key={s}
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void change({ status: s }, `Status: ${MOVE_LABELS[s].toLowerCase()}.`)}
          >
            {MOVE_LABELS[s]}
          </button>
        ))}
      </div>
      {canAssign ? (
        <form
          className="inline-form case-reassign"
          onSubmit={(e) => {
            e.preventDefault();
            if (ownerId) void change({ ownerId }, 'The case was reassigned.');
          }}
        >
          <div className="field">
            <label htmlFor="case-owner">Reassign to</label>
            <AssigneeSelect
              id="case-owner"
              value={ownerId}
              empty="Choose someone…"
              onChange={setOwnerId}
            />
          </div>
          <div className="field field-actions">
            <button
              type="submit"
              className="button"
              disabled={busy || !ownerId || ownerId === c.ownerId}
            >
              Reassign
            </button>
          </div>
        </form>
      ) : null}
      <FormError error={error} />
    </div>
  );
}
