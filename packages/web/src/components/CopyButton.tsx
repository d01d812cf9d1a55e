/** Copies a text to the clipboard and says so; selects it instead where copying is not allowed. */
import { useState } from 'react';

export function CopyButton({
  text,
  label = 'Copy',
  fallbackTarget,
}: {
  text: string;
  label?: string;
  /** The input holding the text, selected when the clipboard is unavailable. */
  fallbackTarget?: () => HTMLInputElement | null;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      const input = fallbackTarget?.();
      input?.focus();
      input?.select();
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-status" role="status">
        {state === 'copied'
          ? 'Copied to the clipboard.'
          : state === 'failed'
            ? 'Could not copy: the key is selected, press Ctrl+C (⌘C) to copy it.'
            : ''}
      </span>
    </>
  );
}
