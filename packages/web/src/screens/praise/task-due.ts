/** When an open follow-up is due, in words: a date, or how long it has been overdue. */
import type { FollowUpTask } from '@rapport/contracts';
import { formatDate } from '../../lib/format.ts';

const DAY = 86_400_000;

export interface Due {
  text: string;
  overdue: boolean;
}

export function taskDue(t: Pick<FollowUpTask, 'status' | 'dueAt'>, now: number): Due | null {
  if (!t.dueAt) return null;
  const late = now - Date.parse(t.dueAt);
  if (t.status !== 'open' || late <= 0)
    return { text: `due ${formatDate(t.dueAt)}`, overdue: false };
  const days = Math.floor(late / DAY);
  const by = days < 1 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`;
  return { text: `overdue by ${by} (due ${formatDate(t.dueAt)})`, overdue: true };
}
