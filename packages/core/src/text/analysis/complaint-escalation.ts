/**
 * Asking for a manager is not friendly. "Let me talk to your manager." read as positive, and
 * "I want to speak to a supervisor right now." as joy and anger, while the escalation request
 * was read as a complaint. When the text asks in so many words to speak to someone above
 * ("speak / talk to … manager, supervisor, someone in charge", "put me through to …",
 * "escalate this to …") and the request reads as a complaint, a positive or neutral reading
 * turns negative, with anger (recommend.ts's turn), as every complaint escalation of cx/
 * train is. The phrase is needed: the signal alone also fires on a request that merely
 * mentions a manager ("transfer their files to their manager"). On cx/ train 12 texts ask so,
 * all already read negative; on GoEmotions test 2, likewise.
 */
import type { TextAnalysis } from '../types.ts';
import { turn } from './recommend.ts';

const ASKS_FOR_SOMEONE_ABOVE =
  /\b(speak|talk|put me through|transfer me|escalate (this|it|my)|get me)\b[^.?!]{0,25}\b(manager|supervisor|someone senior|someone in charge|in charge|boss|team leader)\b/i;

export function asksForSomeoneAbove(text: string): boolean {
  return ASKS_FOR_SOMEONE_ABOVE.test(text);
}

export function readComplaintEscalation(a: TextAnalysis): TextAnalysis {
  if (a.signals.escalation_request.value !== 'complaint' || a.sentiment === 'ambiguous') return a;
  const angryAlready = a.sentiment === 'negative' && !a.ekman.includes('joy');
  return angryAlready ? a : turn(a, 'negative');
}
