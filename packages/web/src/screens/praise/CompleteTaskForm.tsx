/** Completes a thank-you follow-up: how the customer was thanked, and a note. */
import { useState, type FormEvent } from 'react';
import type { ApiError, FollowUpTask, TaskMethod } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { FormError } from '../../components/states.tsx';

export const METHOD_LABELS: Record<TaskMethod, string> = {
  call: 'Phone call',
  voicemail: 'Voicemail',
  email: 'E-mail',
  sms: 'SMS',
  in_person: 'In person',
};
const METHODS = Object.keys(METHOD_LABELS) as TaskMethod[];

export function CompleteTaskForm({
  task,
  onDone,
}: {
  task: FollowUpTask;
  onDone: (t: FollowUpTask) => void;
}) {
  const api = useApi();
  const [method, setMethod] = useState<TaskMethod | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const id = `task-${task.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!method) return;
    setBusy(true);
    setError(undefined);
    try {
      onDone(await api.tasks.complete(task.id, { method, note: note.trim() || null }));
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="task-form"
      onSubmit={(e) => void submit(e)}
      aria-label={`Complete: ${task.title}`}
    >
      <fieldset className="field">
        <legend>How did you thank them?</legend>
        <div className="radio-row">
          {METHODS.map((m) => (
            <label key={m} className="radio">
              <input
                type="radio"
                name={`${id}-method`}
                value={m}
                checked={method === m}
                onChange={() => setMethod(m)}
                required
              />
              {METHOD_LABELS[m]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={10_000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={busy || !method}>
        {busy ? 'Saving…' : 'Mark done'}
      </button>
      <FormError error={error} />
    </form>
  );
}
