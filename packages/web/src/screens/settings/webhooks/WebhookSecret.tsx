/** A webhook's signing secret, shown once (on creation or rotation), with a copy button. */
import { useEffect, useRef } from 'react';
import type { WebhookCreated } from '@rapport/contracts';
import { CopyButton } from '../../../components/CopyButton.tsx';

export function WebhookSecret({
  created,
  onDone,
}: {
  created: WebhookCreated;
  onDone: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="secret-box" role="region" aria-labelledby="hook-secret-title">
      <h3 id="hook-secret-title" ref={heading} tabIndex={-1}>
        Signing secret of {created.url}
      </h3>
      <p>
        <strong>Copy the secret now.</strong> It is shown only this once. Verify each delivery’s
        <code> webhook-signature</code> with it (Standard Webhooks).
      </p>
      <div className="secret-row">
        <label htmlFor="hook-secret" className="visually-hidden">
          The signing secret
        </label>
        <input
          id="hook-secret"
          ref={input}
          className="secret"
          readOnly
          value={created.secret}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton
          text={created.secret}
          label="Copy secret"
          fallbackTarget={() => input.current}
        />
      </div>
      <button type="button" className="button" onClick={onDone}>
        Done, I have stored it
      </button>
    </div>
  );
}
