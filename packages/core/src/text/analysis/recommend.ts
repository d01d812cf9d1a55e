/**
 * "Would definitely recommend to friends and family." is the commonest thing a promoter writes,
 * and the model read it as neutral; "1/10 would not recommend" as neutral too (cx/ train has
 * three texts with "recommend"). A rule: a recommendation said (not negated: "would highly
 * recommend", "can't recommend them enough") makes a neutral reading positive and joyful; one
 * refused ("would not recommend", "never recommend") makes a neutral or positive reading
 * negative, with anger (cx/'s anger includes disapproval), unless the text praises someone.
 */
import type { EkmanGroup } from '../labels.ts';
import type { Token } from '../tokenize.ts';
import type { TextAnalysis } from '../types.ts';

export type Recommendation = 'yes' | 'no';

const MODALS = new Set(
  'would will highly definitely totally thoroughly strongly fully 100% gladly happily recommended'.split(
    ' ',
  ),
);

const ADVICE = new Set(['you', 'u', 'that', 'not', 'against']);

/** Whether the text recommends, or refuses to, in so many words. */
export function recommendation(tokens: readonly Token[]): Recommendation | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.norm.startsWith('recommend')) continue;
    // "can't recommend them enough" is the strongest yes.
    const enough = tokens.slice(i + 1, i + 5).some((x) => x.norm === 'enough');
    if (t.negated) return enough ? 'yes' : 'no';
    const before = tokens[i - 1];
    // "I would recommend checking your key" / "… that you call them" is advice, not praise.
    const next = tokens[i + 1];
    const advice = next !== undefined && (ADVICE.has(next.norm) || next.norm.endsWith('ing'));
    if (before && MODALS.has(before.norm) && !advice) return 'yes';
  }
  return undefined;
}

export function readRecommendation(a: TextAnalysis, r: Recommendation): TextAnalysis {
  if (r === 'yes')
    return a.sentiment === 'neutral' || a.sentiment === 'positive' ? turn(a, 'positive') : a;
  if (a.sentiment === 'negative') return a.ekman.includes('neutral') ? turn(a, 'negative') : a;
  return a.sentiment === 'ambiguous' || a.signals.praise.present ? a : turn(a, 'negative');
}

/** The reading turned to one side: its sentiment, and joy or anger in place of the other and neutral. */
export function turn(a: TextAnalysis, to: 'positive' | 'negative'): TextAnalysis {
  const other = to === 'positive' ? 'negative' : 'positive';
  const [group, drop]: [EkmanGroup, EkmanGroup[]] =
    to === 'positive' ? ['joy', ['anger', 'disgust']] : ['anger', ['joy']];
  const high = Math.max(a.sentimentScores[to], a.sentimentScores[other], a.sentimentScores.neutral);
  const sentimentScores = {
    ...a.sentimentScores,
    [to]: high,
    [other]: Math.min(a.sentimentScores[other], 0.1),
  };
  const ekman: EkmanGroup[] = [
    group,
    ...a.ekman.filter((g) => g !== group && g !== 'neutral' && !drop.includes(g)),
  ];
  return {
    ...a,
    ekmanScores: { ...a.ekmanScores, [group]: Math.max(a.ekmanScores[group], 0.5) },
    ekman,
    primaryEkman: group,
    sentimentScores,
    sentiments: [to],
    sentiment: to,
    valence: sentimentScores.positive - sentimentScores.negative,
  };
}
