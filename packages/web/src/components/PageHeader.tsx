/**
 * The screen's title. It takes focus when the screen opens, so a screen reader announces the
 * new page after client-side navigation and keyboard users start from the top.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function PageHeader({
  title,
  subtitle,
  actions,
  focus = true,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  focus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus && !window.location.hash) ref.current?.focus({ preventScroll: true });
  }, [focus]);
  return (
    <header className="page-header">
      <div>
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
