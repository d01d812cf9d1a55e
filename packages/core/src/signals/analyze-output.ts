/**
 * Adapts the model's public output — the `rapport analyze` JSON line of issue 6 — to the
 * TextAnalyzer port, so whatever function the text module exports plugs in unchanged.
 */
import type { EscalationRequest, Sentiment } from './signal.ts';
import type { TextAnalyzer, TextReading, TranscriptLine } from './text-analyzer.ts';

/** One output line of `rapport analyze` (the id aside), with the optional extras. */
export interface AnalyzeOutput {
  emotions: Readonly<Record<string, number>>;
  ekman: readonly string[];
  sentiment: string;
  signals: {
    praise?: number | undefined;
    churn_risk?: number | undefined;
    effort?: number | undefined;
    humour?: number | undefined;
    urgency?: number | undefined;
    escalation_request?: string | undefined;
  };
  triggers?: Readonly<Record<string, readonly string[]>> | undefined;
  ekmanScores?: Readonly<Record<string, number>> | undefined;
  sentimentScores?: Readonly<Record<string, number>> | undefined;
}

const SENTIMENT_NAMES: readonly Sentiment[] = ['positive', 'negative', 'ambiguous', 'neutral'];
const ESCALATION_NAMES: readonly EscalationRequest[] = ['none', 'praise', 'complaint'];

const prob = (v: number | undefined): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;

export function readingFromOutput(out: AnalyzeOutput): TextReading {
  const sentiment = SENTIMENT_NAMES.find((s) => s === out.sentiment) ?? 'neutral';
  const escalation = ESCALATION_NAMES.find((e) => e === out.signals.escalation_request) ?? 'none';
  return {
    emotions: out.emotions,
    ekmanScores: out.ekmanScores,
    sentimentScores: out.sentimentScores,
    ekman: out.ekman,
    sentiment,
    praise: prob(out.signals.praise),
    churnRisk: prob(out.signals.churn_risk),
    effort: prob(out.signals.effort),
    humour: prob(out.signals.humour),
    urgency: prob(out.signals.urgency),
    escalation,
    triggers: out.triggers ?? {},
  };
}

export interface AnalyzeFunctions {
  modelVersion: string;
  analyzeText(text: string): AnalyzeOutput;
  /** Message by message with the speaker; default: each message alone. */
  analyzeTranscript?: ((lines: readonly TranscriptLine[]) => readonly AnalyzeOutput[]) | undefined;
}

/** A TextAnalyzer over functions that return the `rapport analyze` format. */
export function textAnalyzerFrom(fns: AnalyzeFunctions): TextAnalyzer {
  return {
    modelVersion: fns.modelVersion,
    analyzeText: (text) => readingFromOutput(fns.analyzeText(text)),
    analyzeTranscript: (lines) =>
      fns.analyzeTranscript
        ? fns.analyzeTranscript(lines).map(readingFromOutput)
        : lines.map((l) => readingFromOutput(fns.analyzeText(l.text))),
  };
}
