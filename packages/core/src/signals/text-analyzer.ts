/**
 * The port through which Rapport reads feeling in text. The trained model of `core/src/text/`
 * is the product's analyzer (wired in the worker's registry); unit tests inject a deterministic
 * fake. Core's pipeline (text-analysis.service.ts) depends on this interface only.
 */
import type { Speaker } from '../interactions/interaction.ts';
import type { EscalationRequest, Sentiment } from './signal.ts';

/** What the model read in one text. Probabilities are in [0, 1]. */
export interface TextReading {
  /** Each of GoEmotions' 28 labels (admiration … neutral). */
  emotions: Readonly<Record<string, number>>;
  /** Each Ekman group, when the model scores them directly. */
  ekmanScores?: Readonly<Record<string, number>> | undefined;
  /** Each sentiment (positive, negative, ambiguous, neutral), when the model scores them. */
  sentimentScores?: Readonly<Record<string, number>> | undefined;
  /** The Ekman groups present. */
  ekman: readonly string[];
  sentiment: Sentiment;
  praise: number;
  churnRisk: number;
  effort: number;
  humour: number;
  urgency: number;
  escalation: EscalationRequest;
  /** The words behind each signal, e.g. { churn_risk: ['moving my accounts'] }. */
  triggers: Readonly<Record<string, readonly string[]>>;
}

/** One message of a transcript, as the analyzer sees it. */
export interface TranscriptLine {
  speaker: Speaker;
  text: string;
}

export interface TextAnalyzer {
  /** Stored with every signal, so re-analysis after a model update knows what is outdated. */
  readonly modelVersion: string;
  analyzeText(text: string): TextReading;
  /** A conversation message by message, in order, one reading per line. */
  analyzeTranscript(lines: readonly TranscriptLine[]): TextReading[];
}
