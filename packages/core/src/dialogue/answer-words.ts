import type { Expectation } from '../interactions/interaction.ts';
import { phraseOf, wordsOf } from './text-normalize.ts';

const YES_WORDS = new Set(
  'yes y yeah yea yep yup ya yah sure ok okay k absolutely definitely certainly correct indeed affirmative si claro vale 👍 ✅ ✔️'.split(
    ' ',
  ),
);
const NO_WORDS = new Set('no n nope nah nay never negative 👎 ❌'.split(' '));
const NO_PHRASES = [
  'definitely not',
  'absolutely not',
  'certainly not',
  'not really',
  'not at all',
  'no way',
  'of course not',
  'i don t think so',
  'i dont think so',
  'por supuesto que no',
  'para nada',
  'claro que no',
];
const YES_PHRASES = [
  'of course',
  'por supuesto',
  'yes please',
  'i do',
  'i would',
  'sure thing',
  'that s right',
];

/** Read yes or no: "yes please", "yep", "sure", "nope", "not really", "sí"; null if neither or both. */
export function readYesNo(text: string): boolean | null {
  const p = phraseOf(text).replace(/'/g, ' ');
  if (/\b(not sure|don t know|dont know|maybe|no se|quizas|tal vez)\b/.test(p)) return null;
  if (NO_PHRASES.some((x) => p === x || p.startsWith(`${x} `))) return false;
  if (YES_PHRASES.some((x) => p === x || p.startsWith(`${x} `))) return true;
  const words = wordsOf(text);
  const emoji = [...text].filter((c) => YES_WORDS.has(c) || NO_WORDS.has(c));
  const all = [...words, ...emoji];
  const yes = all.some((w) => YES_WORDS.has(w));
  const no = all.some((w) => NO_WORDS.has(w));
  const first = all[0];
  if (yes === no || first === undefined) return null;
  // The answer leads the reply ("yes, Jessica was great"); a yes/no buried in a sentence is not one.
  if (yes && YES_WORDS.has(first)) return true;
  if (no && NO_WORDS.has(first)) return false;
  return all.length <= 3 ? yes : null;
}

const FAILED = [
  /\b(fell|fall|falls|falling) short\b/,
  /\bbelow\b/,
  /\bfail(ed|s)?\b/,
  /\bworse\b/,
  /\bdisappoint/,
  /\b(did ?n ?t|did not|didnt|not) (meet|met|live up)\b/,
  /\bnot (as|what) (i )?expected\b/,
  /\bunder\b/,
  /\bno cumpl/,
  /\bpor debajo\b/,
  /\bpeor\b/,
  /\bquedaron cortos\b/,
  /\bnos quedamos cortos\b/,
];
const EXCEEDED = [
  /\bexceed/,
  /\babove\b/,
  /\bbeyond\b/,
  /\bbetter\b/,
  /\bsurpass/,
  /\bmore than\b/,
  /\bblew\b/,
  /\bsuper(o|aron|ado)\b/,
  /\bmejor\b/,
  /\bmas de lo\b/,
];
const MET = [
  /\bmet\b/,
  /\bmeet\b/,
  /\bas expected\b/,
  /\bexpected\b/,
  /\bmatched\b/,
  /\bfine\b/,
  /\bok(ay)?\b/,
  /\bcumpl/,
  /\blo esperado\b/,
];

/**
 * Read an expectation: the number shown (1 fell short, 2 met, 3 exceeded) or words ("fell
 * short", "as expected", "exceeded", "better than expected", "no cumplió"). Null if unclear.
 */
export function readExpectation(text: string): Expectation | null {
  const p = phraseOf(text).replace(/'/g, '');
  const n = p.replace(/[^0-9]/g, '');
  if (/^\s*[#(]?[123][).]?\s*$/.test(p) && n.length === 1)
    return (['failed', 'met', 'exceeded'] as const)[Number(n) - 1] ?? null;
  if (FAILED.some((r) => r.test(p))) return 'failed';
  if (EXCEEDED.some((r) => r.test(p))) return 'exceeded';
  if (MET.some((r) => r.test(p))) return 'met';
  return null;
}

const DECLINES = new Set([
  'skip',
  'pass',
  'next',
  'n a',
  'na',
  'n/a',
  'no',
  'nope',
  'nah',
  'nothing',
  'none',
  'no comment',
  'no comments',
  'nothing else',
  'nothing more',
  'no thanks',
  'no thank you',
  'not really',
  'that s all',
  'thats all',
  'that is all',
  'all good',
  'no nothing',
  'rather not say',
  'prefer not to say',
  'i d rather not',
  'no gracias',
  'nada',
  'nada mas',
  'ninguno',
  'ninguna',
  'paso',
  'siguiente',
]);
const UNIVERSAL_DECLINES = new Set([
  'skip',
  'pass',
  'next',
  'rather not say',
  'prefer not to say',
  'paso',
  'siguiente',
]);

/**
 * Whether a reply declines to answer: "skip", "pass", "prefer not to say" for any question;
 * for a free-text question also "no", "nothing", "no comment", "n/a", "nada".
 */
export function isDecline(text: string, forText: boolean): boolean {
  const p = phraseOf(text).replace(/'/g, ' ').replace(/\s+/g, ' ').trim();
  const set = forText ? DECLINES : UNIVERSAL_DECLINES;
  return set.has(p) || set.has(p.replace(/ (thanks|thank you|gracias)$/, ''));
}

/** A request for a call back in reply to a probe: "CALL", "call me", "please call", "LLAMAR", yes. */
export function isCallbackRequest(text: string): boolean {
  const p = phraseOf(text).replace(/'/g, ' ');
  if (/^(please )?(call|ring|phone)( me)?( back)?( please)?$/.test(p)) return true;
  if (/^(callback|call back)( please)?$/.test(p)) return true;
  if (/^(yes|yeah|yep|sure|ok|okay|si)( please)?( call( me)?)?( please)?$/.test(p)) return true;
  return /^(llamar|llamame|llamenme|si llamame|por favor llamame)$/.test(p);
}
