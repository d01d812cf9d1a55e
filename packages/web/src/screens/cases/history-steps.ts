/**
 * The case history as the reader sees it: each event a step, except that reminders in a row
 * (an SLA missed again and again at the top of the chain, with nothing else happening between)
 * fold into one step that says how many times and since when. A forgotten case would otherwise
 * list one line per missed SLA — 30 lines from August to November.
 */
import type { CaseEvent } from '@rapport/contracts';

export interface HistoryStep {
  /** The last event of the step (its wording and its due time are the latest). */
  event: CaseEvent;
  /** How many events the step stands for (1 unless reminders were folded). */
  count: number;
  /** When the first of them happened. */
  firstAt: string;
}

const isReminder = (e: CaseEvent) => e.kind === 'escalated' && e.data.reminder === true;
const sameReminder = (a: CaseEvent, b: CaseEvent) =>
  isReminder(a) &&
  isReminder(b) &&
  a.data.to === b.data.to &&
  a.data.level === b.data.level &&
  a.actorKind === b.actorKind;

export function historySteps(events: readonly CaseEvent[]): HistoryStep[] {
  const steps: HistoryStep[] = [];
  for (const e of events) {
    const last = steps[steps.length - 1];
    if (last && sameReminder(last.event, e)) {
      last.event = e;
      last.count++;
    } else steps.push({ event: e, count: 1, firstAt: e.at });
  }
  return steps;
}
