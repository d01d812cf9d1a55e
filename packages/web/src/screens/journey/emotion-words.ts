/** Words for what the model read: emotion labels, valence, engagement reasons. */
import type { EngagementReason, JourneySignal } from '@rapport/contracts';

const EMOTION_WORDS: Record<string, string> = {
  admiration: 'admiration',
  amusement: 'amusement',
  anger: 'anger',
  annoyance: 'annoyance',
  approval: 'approval',
  caring: 'caring',
  confusion: 'confusion',
  curiosity: 'curiosity',
  desire: 'desire',
  disappointment: 'disappointment',
  disapproval: 'disapproval',
  disgust: 'disgust',
  embarrassment: 'embarrassment',
  excitement: 'excitement',
  fear: 'fear',
  gratitude: 'gratitude',
  grief: 'grief',
  joy: 'joy',
  love: 'love',
  nervousness: 'nervousness',
  optimism: 'optimism',
  pride: 'pride',
  realization: 'realisation',
  relief: 'relief',
  remorse: 'remorse',
  sadness: 'sadness',
  surprise: 'surprise',
  neutral: 'neutral',
};

export const emotionWord = (label: string): string =>
  EMOTION_WORDS[label] ?? label.replace(/_/g, ' ');

const GROUP_WORDS: Record<string, string> = {
  anger: 'Anger',
  disgust: 'Disgust',
  fear: 'Fear',
  joy: 'Joy',
  sadness: 'Sadness',
  surprise: 'Surprise',
  neutral: 'Neutral',
  positive: 'Positive',
  negative: 'Negative',
  ambiguous: 'Mixed',
};
/** An Ekman group or a sentiment in words: "Anger", "Mixed". */
export const groupWord = (g: string): string => GROUP_WORDS[g] ?? g;

export const percent = (p: number): string => `${Math.round(p * 100)} %`;

/** "positive", "mixed", "negative" … for a valence in [−1, 1], with its sign. */
export function valenceWords(v: number): string {
  const tone =
    v >= 0.5
      ? 'very positive'
      : v >= 0.15
        ? 'positive'
        : v > -0.15
          ? 'neutral'
          : v > -0.5
            ? 'negative'
            : 'very negative';
  return `${tone} (${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)})`;
}

type Reading = Pick<JourneySignal, 'top' | 'groupsBeyondTop'>;

/**
 * The strongest labels and the Ekman groups none of them stands for, strongest first: a
 * worried message can read fear as a group while its strongest label is caring at 12 %.
 */
function readParts(s: Reading): Array<{ words: string; lead: string; p: number }> {
  const groups = s.groupsBeyondTop.map((g) => ({
    words: `${g.group} (group)${g.p === null ? '' : ` ${percent(g.p)}`}`,
    lead: `${g.group} (group)`,
    p: g.p ?? 0,
  }));
  const labels = s.top.map((e) => ({
    words: `${emotionWord(e.label)} ${percent(e.p)}`,
    lead: emotionWord(e.label),
    p: e.p,
  }));
  return [...labels, ...groups].sort((a, b) => b.p - a.p);
}

/** The one emotion a text reads most as, in words: "annoyance", "fear (group)". */
export function leadEmotionWord(s: Reading): string {
  return readParts(s)[0]?.lead ?? 'no strong emotion';
}

/** What one text was read as, in words: "fear (group) 71 %, caring 12 % · negative". */
export function readingWords(s: Reading & Pick<JourneySignal, 'sentiment'>): string {
  const words = readParts(s)
    .map((x) => x.words)
    .join(', ');
  return `${words || 'no strong emotion'} · ${s.sentiment}`;
}

const FACTOR_WORDS: Record<EngagementReason['factor'], string> = {
  outcome: 'Outcome',
  expectation: 'Expectations',
  nps: 'NPS answer',
  csat: 'CSAT answer',
  ces: 'CES answer',
  emotion: 'Emotions read',
  effort: 'Effort',
  praise: 'Praise',
  churn_risk: 'Churn risk',
  complaint: 'Complaint',
  cap: 'Capped',
};
export const factorWord = (f: EngagementReason['factor']): string => FACTOR_WORDS[f];

/** "+7.4" / "−3.1" / "±0" with a true minus sign. */
export function signedPoints(v: number, digits = 1): string {
  const r = Number(v.toFixed(digits));
  if (r === 0) return '±0';
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(digits)}`;
}
