/** What the text analysis reads in one text or one conversation. */
import type { EkmanGroup, EmotionLabel, Escalation, Sentiment } from './labels.ts';

export interface SignalReading {
  /** Calibrated probability in [0, 1]; the signal counts as present at ≥ 0.5. */
  probability: number;
  present: boolean;
  /** The words of the text that triggered it (cue phrases and the model's strongest words). */
  triggers: string[];
}

export interface PraiseReading extends SignalReading {
  /** Whom the praise is about: names and roles mentioned ("Jessica", "the technician"). */
  targets: string[];
}

export interface EscalationReading {
  value: Escalation;
  /** Probability of a request to tell a manager, by kind. */
  probabilities: { praise: number; complaint: number };
  triggers: string[];
}

export interface Signals {
  praise: PraiseReading;
  churn_risk: SignalReading;
  effort: SignalReading;
  humour: SignalReading;
  urgency: SignalReading;
  escalation_request: EscalationReading;
}

export interface TextAnalysis {
  /** Calibrated probability of each of GoEmotions' 28 labels. */
  emotions: Record<EmotionLabel, number>;
  /** The labels predicted present (per-label thresholds tuned on GoEmotions dev), strongest first. */
  labels: EmotionLabel[];
  /** Probability of each Ekman group. */
  ekmanScores: Record<EkmanGroup, number>;
  /** The Ekman groups predicted present, strongest first (never empty). */
  ekman: EkmanGroup[];
  /** The strongest Ekman group. */
  primaryEkman: EkmanGroup;
  /** Probability of each sentiment group (multi-label, as GoEmotions' grouping). */
  sentimentScores: Record<Sentiment, number>;
  /** The sentiment groups predicted present (never empty). */
  sentiments: Sentiment[];
  /** The one sentiment of the text. */
  sentiment: Sentiment;
  /** p(positive) − p(negative), in [−1, 1]: the height of an emotion arc. */
  valence: number;
  /** How much the text reads as customer-service language (0–1); it weighs the two layers. */
  customerDomain: number;
  signals: Signals;
}

export interface TranscriptMessage {
  speaker: string;
  text: string;
}

export interface MessageAnalysis extends TextAnalysis {
  index: number;
  speaker: string;
}

export interface ArcPoint {
  index: number;
  speaker: string;
  valence: number;
  sentiment: Sentiment;
  primaryEkman: EkmanGroup;
  /** The strongest of the 28 labels other than neutral, or neutral when none is predicted. */
  dominant: EmotionLabel;
}

export type ArcTrend = 'improving' | 'worsening' | 'steady';

export interface SpeakerArc {
  speaker: string;
  points: ArcPoint[];
  /** Mean valence of the speaker's first and last third of messages. */
  start: number;
  end: number;
  change: number;
  trend: ArcTrend;
}

export interface TranscriptAnalysis {
  messages: MessageAnalysis[];
  arc: {
    points: ArcPoint[];
    bySpeaker: SpeakerArc[];
  };
}
