/** The reply situations of the dialogue in words, for the reply-template editor. */
import { TEMPLATE_KEYS, type TemplateKey } from '@rapport/core/surveys';

const BASE: Record<string, string> = {
  greeting: 'Greeting, before the first question',
  low_score: 'Reply to a low score',
  middle_score: 'Reply to a middling score',
  high_score: 'Reply to a high score',
  probe: 'Question after a low score (what went wrong)',
  probe_web: 'Question after a low score on the web page (answered in a text box)',
  probe_callback: 'Offer of a call back',
  probe_declined: 'When they would rather not say',
  callback_ack: 'Confirming a call back',
  'text.negative': 'Reply to a negative comment',
  'text.positive': 'Reply to a positive comment',
  'text.neutral': 'Reply to a neutral comment',
  'expectation.failed': 'Reply when expectations failed',
  'expectation.exceeded': 'Reply when expectations were exceeded',
  reask: 'Asking again after an unreadable reply',
  moving_on: 'Moving on after a second unreadable reply',
  reminder: 'Reminder after silence',
  closing: 'Closing thanks',
  'closing.low': 'Closing after a low score',
  opted_out: 'Confirming STOP',
  opted_in: 'Confirming START',
  help: 'Reply to HELP',
  hint: 'How to answer',
  rated: 'What is rated',
};

/** "Reply to a low score · NPS". */
export function templateKeyLabel(key: string): string {
  if (BASE[key]) return BASE[key] ?? key;
  const dot = key.lastIndexOf('.');
  const head = key.slice(0, dot);
  const tail = key.slice(dot + 1);
  const base = BASE[head];
  return base ? `${base} · ${tail.replace(/_/g, ' ')}` : key;
}

export const TEMPLATE_KEY_OPTIONS: ReadonlyArray<{ value: TemplateKey; label: string }> =
  TEMPLATE_KEYS.map((k) => ({ value: k, label: `${templateKeyLabel(k)} (${k})` }));
