/**
 * Hands a thank-you follow-up to someone else — only to whom the server accepts (a manager to
 * someone under them, an agent up their chain, an analyst or admin anyone); a refusal it makes
 * anyway (422 naming assigneeId) shows its message.
 */
import { useState, type FormEvent } from 'react';
import type { ApiError, FollowUpTask } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { FormError } from '../../components/states.tsx';
import { AssigneeSelect } from '../cases/AssigneeSelect.tsx';

export function HandOverTaskForm({
  task,
  onDone,
}: {
  task: FollowUpTask;
  onDone: (t: FollowUpTask) => void;
}) {
  const api = useApi();
  const [assigneeId, setAssigneeId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const id = `task-${task.id}-assignee`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!assigneeId) return;
    setBusy(true);
    setError(undefined);
    try {
      onDone(await api.tasks.update(task.id, { assigneeId }));
      setAssigneeId('');
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="inline-form task-hand-over"
      onSubmit={(e) => void submit(e)}
      aria-label={`Hand over: ${task.title}`}
    >
      <div className="field">
        <label htmlFor={id}>Hand over to</label>
        <AssigneeSelect
          id={id}
          value={assigneeId}
          empty="Choose someone…"
          onChange={setAssigneeId}
        />
      </div>
      <div className="field field-actions">
        <button
          type="submit"
          className="button"
          disabled={busy || !assigneeId || assigneeId === task.assigneeId}
        >
          {busy ? 'Handing over…' : 'Hand over'}
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}
