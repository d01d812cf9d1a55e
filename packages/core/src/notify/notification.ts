/**
 * E-mail notifications: enqueued as `notify.email` jobs in the transaction of the change that
 * causes them (the worker sends them over SMTP, or logs them when no SMTP server is set).
 * Employees without an e-mail address are skipped.
 */
import type { Deps } from '../common/deps.ts';

export const NOTIFY_EMAIL_JOB = 'notify.email';

export interface Notice {
  subject: string;
  text: string;
  /** A path in the web app (`/cases/cas_…`); the worker prefixes the public URL. */
  link?: string | undefined;
}

export interface EmailPayload {
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  link: string | null;
  [key: string]: unknown;
}

async function enqueue(d: Deps, ws: string, payload: EmailPayload): Promise<void> {
  const now = d.clock.now().toISOString();
  await d.r.jobs.enqueue(
    ws,
    { name: NOTIFY_EMAIL_JOB, payload, maxAttempts: 6 },
    d.ids.id('job'),
    now,
  );
}

/** Notifies employees by e-mail; returns the ids of those who have an address. */
export async function notifyEmployees(
  d: Deps,
  ws: string,
  employeeIds: readonly (string | null | undefined)[],
  notice: Notice,
): Promise<string[]> {
  const ids = [...new Set(employeeIds.filter((x): x is string => Boolean(x)))];
  if (!ids.length) return [];
  const sent: string[] = [];
  for (const e of await d.r.employees.getMany(ws, ids)) {
    if (!e.email || !e.active) continue;
    await enqueue(d, ws, {
      to: e.email,
      toName: e.name,
      subject: notice.subject,
      text: notice.text,
      link: notice.link ?? null,
    });
    sent.push(e.id);
  }
  return sent;
}

export async function notifyAddress(d: Deps, ws: string, email: string, notice: Notice) {
  await enqueue(d, ws, {
    to: email,
    toName: null,
    subject: notice.subject,
    text: notice.text,
    link: notice.link ?? null,
  });
}
