/**
 * The label sets of the emotion model: GoEmotions' 28 labels (Demszky et al., 2020, in the order
 * of its labels.txt) and the paper's two groupings, Ekman and sentiment (its mappings.json).
 */
export const EMOTION_LABELS = [
  'admiration',
  'amusement',
  'anger',
  'annoyance',
  'approval',
  'caring',
  'confusion',
  'curiosity',
  'desire',
  'disappointment',
  'disapproval',
  'disgust',
  'embarrassment',
  'excitement',
  'fear',
  'gratitude',
  'grief',
  'joy',
  'love',
  'nervousness',
  'optimism',
  'pride',
  'realization',
  'relief',
  'remorse',
  'sadness',
  'surprise',
  'neutral',
] as const;
export type EmotionLabel = (typeof EMOTION_LABELS)[number];

export const EKMAN_GROUPS = [
  'anger',
  'disgust',
  'fear',
  'joy',
  'sadness',
  'surprise',
  'neutral',
] as const;
export type EkmanGroup = (typeof EKMAN_GROUPS)[number];

export const SENTIMENTS = ['positive', 'negative', 'ambiguous', 'neutral'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const EKMAN_OF: Readonly<Record<EmotionLabel, EkmanGroup>> = {
  admiration: 'joy',
  amusement: 'joy',
  anger: 'anger',
  annoyance: 'anger',
  approval: 'joy',
  caring: 'joy',
  confusion: 'surprise',
  curiosity: 'surprise',
  desire: 'joy',
  disappointment: 'sadness',
  disapproval: 'anger',
  disgust: 'disgust',
  embarrassment: 'sadness',
  excitement: 'joy',
  fear: 'fear',
  gratitude: 'joy',
  grief: 'sadness',
  joy: 'joy',
  love: 'joy',
  nervousness: 'fear',
  optimism: 'joy',
  pride: 'joy',
  realization: 'surprise',
  relief: 'joy',
  remorse: 'sadness',
  sadness: 'sadness',
  surprise: 'surprise',
  neutral: 'neutral',
};

export const SENTIMENT_OF_EKMAN: Readonly<Record<EkmanGroup, Sentiment>> = {
  anger: 'negative',
  disgust: 'negative',
  fear: 'negative',
  joy: 'positive',
  sadness: 'negative',
  surprise: 'ambiguous',
  neutral: 'neutral',
};

/** GoEmotions' sentiment grouping happens to be a coarsening of its Ekman grouping. */
export function sentimentOfLabel(label: EmotionLabel): Sentiment {
  return SENTIMENT_OF_EKMAN[EKMAN_OF[label]];
}

/** The customer-experience signals read beside the emotions. */
export const SIGNALS = ['praise', 'churn_risk', 'effort', 'humour', 'urgency'] as const;
export type SignalName = (typeof SIGNALS)[number];

export const ESCALATIONS = ['none', 'praise', 'complaint'] as const;
export type Escalation = (typeof ESCALATIONS)[number];

/** The sets a group name belongs to, for readers that accept any of the three groupings. */
export function isEmotionLabel(s: string): s is EmotionLabel {
  return (EMOTION_LABELS as readonly string[]).includes(s);
}
export function isEkmanGroup(s: string): s is EkmanGroup {
  return (EKMAN_GROUPS as readonly string[]).includes(s);
}
export function isSentiment(s: string): s is Sentiment {
  return (SENTIMENTS as readonly string[]).includes(s);
}
