/**
 * SMS keywords as carriers require: the keyword alone (trimmed, any case) — "STOP" opts out,
 * "STOP PLEASE" or "please cancel" do not. YES opts back in only for someone who has opted
 * out (otherwise it is an answer).
 */
export type SmsKeyword = 'opt_out' | 'opt_in' | 'help';

export const OPT_OUT_KEYWORDS = [
  'STOP',
  'STOPALL',
  'UNSUBSCRIBE',
  'CANCEL',
  'END',
  'QUIT',
  'REVOKE',
  'OPTOUT',
] as const;
export const OPT_IN_KEYWORDS = ['START', 'UNSTOP'] as const;
export const HELP_KEYWORDS = ['HELP', 'INFO'] as const;

/** The keyword a reply is, with the word as sent normalised to upper case; null if none. */
export function parseSmsKeyword(
  text: string,
  opts: { optedOut?: boolean | undefined } = {},
): { keyword: SmsKeyword; word: string } | null {
  const word = text.trim().toUpperCase();
  if ((OPT_OUT_KEYWORDS as readonly string[]).includes(word)) return { keyword: 'opt_out', word };
  if ((OPT_IN_KEYWORDS as readonly string[]).includes(word)) return { keyword: 'opt_in', word };
  if (opts.optedOut && word === 'YES') return { keyword: 'opt_in', word };
  if ((HELP_KEYWORDS as readonly string[]).includes(word)) return { keyword: 'help', word };
  return null;
}
