// Text analysis: emotions (GoEmotions' 28 labels, Ekman, sentiment), CX signals and the emotion
// arc of a conversation, from a model trained by the project (scripts/train.ts).
export {
  EKMAN_GROUPS,
  EKMAN_OF,
  EMOTION_LABELS,
  ESCALATIONS,
  SENTIMENTS,
  SENTIMENT_OF_EKMAN,
  SIGNALS,
  isEkmanGroup,
  isEmotionLabel,
  isSentiment,
  sentimentOfLabel,
  type EkmanGroup,
  type EmotionLabel,
  type Escalation,
  // signals/signal.ts exports the same union as `Sentiment`
  type Sentiment as SentimentGroup,
  type SignalName,
} from './labels.ts';
export * from './types.ts';
export { analyzeText, MAX_TEXT_LENGTH } from './analysis/analyze.ts';
export { analyzeTranscript, TREND_THRESHOLD } from './analysis/transcript.ts';
export { emotionModel } from './model/load.ts';
export { decodeModel, type EmotionModel } from './model/decode.ts';
export type { ModelJson } from './model/format.ts';
export { READING_REVISION, readerName } from './revision.ts';
export { singleSentiment } from './sentiment.ts';
export { tokenize, type Token, type TokenKind } from './tokenize.ts';
export { EvaluationTally, type EvaluationReport } from './evaluation/tally.ts';
export type { ClassScore, GroupScore } from './evaluation/f1.ts';
export { parseCxRecord, parseGoEmotionsLine, type LabelledText } from './evaluation/labelled.ts';
