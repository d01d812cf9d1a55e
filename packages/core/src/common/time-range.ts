/**
 * A list's time window as a caller gives it (`from`, `to`): a `from` after `to` is a window
 * that holds nothing — a swapped pair, not a question — refused at `from` rather than answered
 * with an empty page that reads as "nothing happened".
 */
import { invalid } from '../errors/domain-error.ts';

export function checkTimeRange(from: string | undefined, to: string | undefined): void {
  if (from === undefined || to === undefined) return;
  if (Date.parse(from) > Date.parse(to))
    throw invalid('from', `from (${from}) is after to (${to}): swap them.`);
}
