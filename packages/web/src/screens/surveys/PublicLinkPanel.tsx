/**
 * The public link (web "Contact Us" feedback): on or off. Turning it on makes a new address,
 * shown here once — it is not stored readable — and replaces any earlier one.
 */
import { useRef, useState } from 'react';
import type { ApiError, Survey } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { FormError } from '../../components/states.tsx';

export function PublicLinkPanel({
  survey,
  onChange,
}: {
  survey: Survey;
  onChange: (on: boolean) => void;
}) {
  const api = useApi();
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const input = useRef<HTMLInputElement>(null);
  const set = async (enabled: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await api.surveys.setPublicLink(survey.id, enabled);
      setUrl(res.url);
      onChange(enabled);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="link-title">
      <h2 id="link-title">Public link</h2>
      <p>
        {survey.publicLink ? (
          <>
            <strong>On.</strong> Anyone with the link can answer, without an invitation.
          </>
        ) : (
          <>
            <strong>Off.</strong> Only invited people can answer.
          </>
        )}
      </p>
      <FormError error={error} />
      {url ? (
        <div className="secret-box">
          <label htmlFor="public-url">
            <strong>The public link — shown only now.</strong> Copy it to your website.
          </label>
          <div className="secret-row">
            <input id="public-url" className="secret" readOnly value={url} ref={input} />
            <CopyButton text={url} label="Copy link" fallbackTarget={() => input.current} />
          </div>
        </div>
      ) : null}
      <div className="form-actions">
        {survey.publicLink ? (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void set(false)}
            >
              Turn the public link off
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => void set(true)}
            >
              Make a new link
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => void set(true)}>
            Turn the public link on
          </button>
        )}
      </div>
    </section>
  );
}
