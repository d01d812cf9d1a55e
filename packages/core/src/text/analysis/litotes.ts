/**
 * Praise by denial ("No complaints", "Can't fault them", "Couldn't be happier with Sarah"): the
 * negation and the complaint word read as anger word by word — "No complaints, everything
 * arrived on time" was joy + anger, "Couldn't be happier with how Sarah handled my claim"
 * negative. A rule, like sarcasm.ts: such a phrase, with no service failure (a wait, effort,
 * complaint or churn cue) and no turn ("but", "however") in the text, takes anger and disgust
 * out of the reading and a negative or mixed sentiment becomes positive. A plain statement
 * ("Booked for work. No issues with the website.") stays neutral, as cx/ labels it.
 */
import { phraseFinder, type CueHit } from '../lexicon/matcher.ts';
import type { Token } from '../tokenize.ts';
import type { EkmanGroup } from '../labels.ts';
import type { TextAnalysis } from '../types.ts';
import { FAILURES } from './sarcasm.ts';

const NOT = "couldn't|couldnt|can't|cant|cannot";
export const LITOTES = {
  positive: [
    'no complaint~|quibbles',
    'no issues|problems|fuss|hassle whatsoever|at all',
    'not bad at all',
    'nothing to complain|fault',
    'nothing but praise',
    `${NOT} complain|fault`,
    'could not complain|fault',
    `${NOT} be happier|better`,
    'could not be happier|better',
    `${NOT} be more pleased|happy|satisfied|helpful`,
    'could not be more pleased|happy|satisfied|helpful',
    `${NOT} have been better|happier|easier|smoother`,
    'could not have been better|happier|easier|smoother',
    `${NOT} have been more helpful|pleased|patient|kind`,
    `${NOT} ask for more|better|anything`,
    'could not ask for more|better|anything',
    'never had|have a|any problem~|issue~|complaint~',
    'without a|any hitch|hiccup|problem|issue|fuss',
    "wouldn't|would not hesitate to recommend|use",
  ],
} as const;

const findLitotes = phraseFinder(['positive'] as const, LITOTES);
const TURNS = new Set(['but', 'however', 'although', 'though', 'except', 'unfortunately']);

/** The phrase of praise by denial, when the text says nothing against it. */
export function praiseByDenial(
  tokens: readonly Token[],
  text: string,
  cues: readonly CueHit[],
): string | undefined {
  const hit = findLitotes(tokens, text)[0];
  if (!hit) return undefined;
  // The phrase's own words ("complaints") are no failure.
  const outside = (c: CueHit) => c.to <= hit.from || c.from >= hit.to;
  if (cues.some((c) => FAILURES.includes(c.category) && outside(c))) return undefined;
  if (tokens.some((t) => TURNS.has(t.norm))) return undefined;
  return hit.text;
}

const DENIED: readonly EkmanGroup[] = ['anger', 'disgust'];

export function readAsPraiseByDenial(a: TextAnalysis): TextAnalysis {
  const positive = a.sentiment === 'negative' || a.sentiment === 'ambiguous';
  const { anger, disgust, joy } = a.ekmanScores;
  const ekmanScores = {
    ...a.ekmanScores,
    anger: Math.min(anger, 0.1),
    disgust: Math.min(disgust, 0.1),
    joy: positive ? Math.max(joy, anger, disgust) : joy,
  };
  const sentimentScores = positive
    ? {
        ...a.sentimentScores,
        positive: Math.max(a.sentimentScores.positive, a.sentimentScores.negative),
        negative: Math.min(a.sentimentScores.positive, a.sentimentScores.negative, 0.1),
      }
    : a.sentimentScores;
  const sentiment = positive ? 'positive' : a.sentiment;
  let ekman = a.ekman.filter((g) => !DENIED.includes(g));
  if (positive && !ekman.includes('joy')) ekman = ['joy', ...ekman.filter((g) => g !== 'neutral')];
  if (!ekman.length) ekman = [sentiment === 'positive' ? 'joy' : 'neutral'];
  return {
    ...a,
    ekmanScores,
    ekman,
    primaryEkman: ekman[0] ?? 'neutral',
    sentimentScores,
    sentiments: positive ? ['positive'] : a.sentiments,
    sentiment,
    valence: sentimentScores.positive - sentimentScores.negative,
  };
}
