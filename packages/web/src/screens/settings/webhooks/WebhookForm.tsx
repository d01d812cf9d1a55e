/** A new webhook endpoint: its URL, the events it subscribes to, a description. */
import { useState, type FormEvent } from 'react';
import type { ApiError, WebhookCreated } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { asApiError } from '../../../api/errors.ts';
import { FormError } from '../../../components/states.tsx';

export const EVENT_CHOICES: Array<{ value: string; label: string }> = [
  { value: 'case.*', label: 'Every case event (opened, updated, note, escalated, closed)' },
  { value: 'case.opened', label: 'A case opened' },
  { value: 'case.escalated', label: 'A case escalated' },
  { value: 'case.closed', label: 'A case closed' },
  { value: 'praise.*', label: 'Praise (created, passed up)' },
  { value: 'response.created', label: 'A survey response' },
  { value: 'rule.matched', label: 'A rule with a webhook action matched' },
];

export function WebhookForm({ onCreated }: { onCreated: (w: WebhookCreated) => void }) {
  const api = useApi();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['case.*']);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const urlError = error?.fieldError('url');
  const eventsError = error?.errors.find((e) => e.field.startsWith('events'))?.message;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onCreated(
        await api.webhooks.create({
          url: url.trim(),
          events,
          description: description.trim() || null,
        }),
      );
      setUrl('');
      setDescription('');
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inline-form" aria-labelledby="new-hook-title" onSubmit={(e) => void submit(e)}>
      <h3 id="new-hook-title">New endpoint</h3>
      <div className="form-row">
        <div className="field field-wide">
          <label htmlFor="hook-url">URL</label>
          <input
            id="hook-url"
            type="url"
            required
            placeholder="https://example.com/hooks/rapport"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? 'hook-url-error' : undefined}
          />
          {urlError ? (
            <p className="field-error" id="hook-url-error">
              {urlError}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="hook-description">Description (optional)</label>
          <input
            id="hook-description"
            maxLength={500}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
      </div>
      <fieldset className="plain-fieldset field">
        <legend>Events</legend>
        <div className="check-list">
          {EVENT_CHOICES.map((c) => (
            <label key={c.value} className="radio">
              <input
                type="checkbox"
                checked={events.includes(c.value)}
                onChange={(e) =>
                  setEvents((list) =>
                    e.target.checked ? [...list, c.value] : list.filter((x) => x !== c.value),
                  )
                }
              />
              {c.label} <code>{c.value}</code>
            </label>
          ))}
        </div>
        {eventsError ? <p className="field-error">{eventsError}</p> : null}
      </fieldset>
      <button
        type="submit"
        className="button button-primary"
        disabled={busy || !url.trim() || !events.length}
      >
        {busy ? 'Adding…' : 'Add endpoint'}
      </button>
      {error && !urlError && !eventsError ? <FormError error={error} /> : null}
    </form>
  );
}
