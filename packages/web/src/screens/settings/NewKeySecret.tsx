/** The new key's secret, shown once, with a copy button. */
import { useEffect, useRef } from 'react';
import type { ApiKeyCreated } from '@rapport/contracts';
import { CopyButton } from '../../components/CopyButton.tsx';

export function NewKeySecret({ created, onDone }: { created: ApiKeyCreated; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="secret-box" role="region" aria-labelledby="secret-title">
      <h3 id="secret-title" ref={heading} tabIndex={-1}>
        Key “{created.name}” created
      </h3>
      <p>
        <strong>Copy the key now.</strong> It is shown only this once; Rapport keeps only a hash of
        it.
      </p>
      <div className="secret-row">
        <label htmlFor="new-key-secret" className="visually-hidden">
          The new API key
        </label>
        <input
          id="new-key-secret"
          ref={input}
          className="secret"
          readOnly
          value={created.key}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={created.key} label="Copy key" fallbackTarget={() => input.current} />
      </div>
      <button type="button" className="button" onClick={onDone}>
        Done, I have stored it
      </button>
    </div>
  );
}
