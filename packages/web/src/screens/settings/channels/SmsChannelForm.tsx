/** The SMS channel (Twilio): account SID, sending number; the auth token is write-only. */
import { useState, type FormEvent } from 'react';
import type { ApiError, ChannelSettings } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { asApiError } from '../../../api/errors.ts';
import { FormError } from '../../../components/states.tsx';

export function SmsChannelForm({
  value,
  editable,
  onSaved,
}: {
  value: ChannelSettings['sms'];
  editable: boolean;
  onSaved: (s: ChannelSettings, message: string) => void;
}) {
  const api = useApi();
  const [sid, setSid] = useState(value?.accountSid ?? '');
  const [from, setFrom] = useState(value?.fromNumber ?? '');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const err = (f: string) => error?.fieldError(`sms.${f}`);

  const save = async (off: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.channels.update({
        sms: off
          ? null
          : {
              accountSid: sid.trim(),
              fromNumber: from.trim(),
              ...(token ? { authToken: token } : {}),
            },
      });
      setToken('');
      onSaved(next, off ? 'SMS is off.' : 'SMS settings saved.');
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
  const input = (
    id: string,
    label: string,
    field: string,
    val: string,
    set: (v: string) => void,
    extra: Record<string, string | boolean> = {},
    hint?: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={val}
        readOnly={!editable}
        onChange={(e) => set(e.target.value)}
        aria-invalid={err(field) ? true : undefined}
        aria-describedby={err(field) ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...extra}
      />
      {err(field) ? (
        <p className="field-error" id={`${id}-error`}>
          {err(field)}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="inline-form" aria-labelledby="sms-title" onSubmit={submit}>
      <h3 id="sms-title">SMS (Twilio) {value ? '' : '— off'}</h3>
      <div className="form-row">
        {input(
          'sms-sid',
          'Account SID',
          'accountSid',
          sid,
          setSid,
          { autoComplete: 'off' },
          'AC followed by 32 hex digits.',
        )}
        {input(
          'sms-from',
          'Sending number',
          'fromNumber',
          from,
          setFrom,
          { type: 'tel', autoComplete: 'off' },
          'E.164, e.g. +18005551212.',
        )}
        {editable
          ? input(
              'sms-token',
              'Auth token',
              'authToken',
              token,
              setToken,
              { type: 'password', autoComplete: 'new-password' },
              value?.authTokenSet
                ? 'A token is stored (never shown). Leave empty to keep it.'
                : 'No token stored yet.',
            )
          : null}
      </div>
      {editable ? (
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !sid.trim() || !from.trim()}
          >
            Save SMS settings
          </button>
          {value ? (
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => void save(true)}
            >
              Turn SMS off
            </button>
          ) : null}
        </div>
      ) : null}
      {error && !err('accountSid') && !err('fromNumber') && !err('authToken') ? (
        <FormError error={error} />
      ) : null}
    </form>
  );
}
