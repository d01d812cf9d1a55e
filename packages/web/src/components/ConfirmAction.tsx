/**
 * A destructive action asked twice, in place: "Delete…" opens the question with the action and
 * a way out. The way out takes focus (Enter on "Delete…" must not land on <body>), Escape
 * answers it, and focus returns to the button that asked.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export function ConfirmAction({
  trigger,
  triggerAriaLabel,
  triggerClassName = 'button button-quiet',
  groupLabel,
  question,
  confirm,
  cancel = 'Keep it',
  cancelClassName = 'button button-quiet',
  busy = false,
  onConfirm,
}: {
  trigger: string;
  triggerAriaLabel?: string;
  triggerClassName?: string;
  groupLabel: string;
  question: string;
  confirm: string;
  cancel?: string;
  cancelClassName?: string;
  busy?: boolean;
  onConfirm: () => void;
}) {
  const [open, setOpen] = useState(false);
  const asked = useRef(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) cancelRef.current?.focus();
    else if (asked.current) triggerRef.current?.focus();
  }, [open]);
  const close = () => setOpen(false);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };
  if (!open)
    return (
      <button
        ref={triggerRef}
        type="button"
        className={triggerClassName}
        aria-label={triggerAriaLabel}
        onClick={() => {
          asked.current = true;
          setOpen(true);
        }}
      >
        {trigger}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={groupLabel} onKeyDown={onKeyDown}>
      <span>{question}</span>
      <button type="button" className="button button-danger" disabled={busy} onClick={onConfirm}>
        {confirm}
      </button>
      <button ref={cancelRef} type="button" className={cancelClassName} onClick={close}>
        {cancel}
      </button>
    </span>
  );
}
