/** The e-mail channel: the reply domain customers answer to, and the sender address. */
import { useState, type FormEvent } from 'react';
import type { ApiError, ChannelSettings } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { asApiError } from '../../../api/errors.ts';
import { FormError } from '../../../components/states.tsx';

export function EmailChannelForm({
  value,
  editable,
  onSaved,
}: {
  value: ChannelSettings['email'];
  editable: boolean;
  onSaved: (s: ChannelSettings, message: string) => void;
}) {
  const api = useApi();
  const [domain, setDomain] = useState(value?.replyDomain ?? '');
  const [from, setFrom] = useState(value?.fromAddress ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const domainError = error?.fieldError('email.replyDomain');
  const fromError = error?.fieldError('email.fromAddress');

  const save = async (off: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.channels.update({
        email: off ? null : { replyDomain: domain.trim(), fromAddress: from.trim() || null },
      });
      onSaved(next, off ? 'E-mail replies are off.' : 'E-mail settings saved.');
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  return (
    <form className="inline-form" aria-labelledby="email-title" onSubmit={submit}>
      <h3 id="email-title">E-mail {value ? '' : '— replies off'}</h3>
      <p className="muted">
        Survey e-mails leave through the server’s SMTP relay (<code>SMTP_URL</code>, set where
        Rapport runs; its credentials are never stored or shown here). Replies come back to{' '}
        <code>reply+…@</code> the reply domain.
      </p>
      <div className="form-row">
        <div className="field">
          <label htmlFor="email-domain">Reply domain</label>
          <input
            id="email-domain"
            value={domain}
            readOnly={!editable}
            placeholder="reply.example.com"
            onChange={(e) => setDomain(e.target.value)}
            aria-invalid={domainError ? true : undefined}
            aria-describedby={domainError ? 'email-domain-error' : undefined}
          />
          {domainError ? (
            <p className="field-error" id="email-domain-error">
              {domainError}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="email-from">Sender address</label>
          <input
            id="email-from"
            type="email"
            value={from}
            readOnly={!editable}
            placeholder="care@example.com"
            onChange={(e) => setFrom(e.target.value)}
            aria-invalid={fromError ? true : undefined}
            aria-describedby={fromError ? 'email-from-error' : 'email-from-hint'}
          />
          {fromError ? (
            <p className="field-error" id="email-from-error">
              {fromError}
            </p>
          ) : (
            <p className="field-hint" id="email-from-hint">
              Empty: the server’s SMTP_FROM.
            </p>
          )}
        </div>
      </div>
      {editable ? (
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy || !domain.trim()}>
            Save e-mail settings
          </button>
          {value ? (
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => void save(true)}
            >
              Turn e-mail replies off
            </button>
          ) : null}
        </div>
      ) : null}
      {error && !domainError && !fromError ? <FormError error={error} /> : null}
    </form>
  );
}
