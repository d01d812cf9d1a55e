import { isOnScale } from '../surveys/scales.ts';
import { normalizeReply, stripAccents } from './text-normalize.ts';

/** Number words 0–10 in the built-in languages (English, Spanish without accents). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  cero: 0,
  uno: 1,
  una: 1,
  un: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
};

/** Words around a score that say nothing else ("I'd say a solid 8"). */
const FILLER = new Set(
  (
    "i i'd id would say give it a an solid strong good maybe probably about around like um uh hmm " +
    'well so ok okay my answer is rating rate score the just only definitely honestly out of ' +
    'de sobre le doy daria diria yo mi es un una pues creo que nota puntuacion'
  ).split(' '),
);

/** Why a reply could not be read as a score. */
export type ScoreProblem =
  'no_number' | 'several_numbers' | 'not_whole' | 'out_of_scale' | 'other_scale' | 'negated';

/** A score read from a reply, or why not; `comment` keeps a reply that says more than the number. */
export type ScoreReading =
  { ok: true; score: number; comment: string | null } | { ok: false; problem: ScoreProblem };

interface Tok {
  text: string;
  value: number | null;
  /** Written in digits (word numbers count only in short replies). */
  digits: boolean;
}

function tokenize(text: string): Tok[] {
  const raw =
    stripAccents(normalizeReply(text)).match(/(?:^|(?<=\s))-\d+|\d+(?:[.,]\d+)?|[a-z']+|\//g) ?? [];
  return raw.map((t) => {
    if (/^-?\d/.test(t)) return { text: t, value: Number(t.replace(',', '.')), digits: true };
    const w = NUMBER_WORDS[t];
    return { text: t, value: w ?? null, digits: false };
  });
}

/**
 * Read a score on the given scale from a free reply: "1", "one", "10/10", "ten!", "I'd say 7",
 * "7 out of 10", "a solid 8", "un 8 de 10". A number off the scale, a fraction of another scale
 * ("4/5" on 0–10), a decimal, two different numbers or a negated one ("not a 10") is unreadable:
 * never clamped or guessed.
 */
export function readScore(text: string, scale: { min: number; max: number }): ScoreReading {
  const toks = tokenize(text);
  const words = toks.filter((t) => t.text !== '/');
  const shortReply = words.length <= 6;
  const values: number[] = [];
  const denominators: number[] = [];
  let negated = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.value === null) continue;
    if (!t.digits && !shortReply) continue;
    const prev = toks[i - 1]?.text;
    const prev2 = toks[i - 2]?.text;
    // "no one", "not one": not a number word.
    if (!t.digits && (prev === 'no' || prev === 'not') && t.value === 1) continue;
    // "un"/"una" are articles unless they stand alone.
    if (!t.digits && (t.text === 'un' || t.text === 'una') && words.length > 1) continue;
    const isDenominator =
      (prev === '/' || (prev === 'of' && prev2 === 'out') || prev === 'sobre' || prev === 'de') &&
      toks[i - (prev === 'of' ? 3 : 2)]?.value != null;
    if (isDenominator) {
      denominators.push(t.value);
      continue;
    }
    if (prev === 'not' || (prev === 'a' && prev2 === 'not') || (prev === 'no' && t.digits))
      negated = true;
    values.push(t.value);
  }
  if (negated) return { ok: false, problem: 'negated' };
  const distinct = [...new Set(values)];
  if (distinct.length === 0) return { ok: false, problem: 'no_number' };
  if (distinct.length > 1) return { ok: false, problem: 'several_numbers' };
  const score = distinct[0] as number;
  if (!Number.isInteger(score)) return { ok: false, problem: 'not_whole' };
  if (denominators.some((d) => d !== scale.max)) return { ok: false, problem: 'other_scale' };
  if (!isOnScale(scale, score)) return { ok: false, problem: 'out_of_scale' };
  const extra = words.filter((t) => t.value === null && !FILLER.has(t.text));
  return { ok: true, score, comment: extra.length >= 3 ? text.trim() : null };
}
