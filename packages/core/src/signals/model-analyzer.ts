/**
 * The product's analyzer: Rapport's trained emotion model (core/src/text) behind the
 * TextAnalyzer port. Triggers are kept for the signals read as present (p ≥ 0.5), with whom
 * praise is about under `praise_of`.
 */
import {
  analyzeText,
  analyzeTranscript,
  emotionModel,
  readerName,
  type SignalReading,
  type TextAnalysis,
} from '../text/index.ts';
import { SIGNAL_PRESENT } from './signal.ts';
import type { TextAnalyzer, TextReading } from './text-analyzer.ts';

export function readingFromAnalysis(a: TextAnalysis): TextReading {
  const s = a.signals;
  const triggers: Record<string, string[]> = {};
  const keep = (key: string, r: SignalReading) => {
    if (r.probability >= SIGNAL_PRESENT && r.triggers.length) triggers[key] = [...r.triggers];
  };
  keep('praise', s.praise);
  keep('churn_risk', s.churn_risk);
  keep('effort', s.effort);
  keep('humour', s.humour);
  keep('urgency', s.urgency);
  if (s.praise.probability >= SIGNAL_PRESENT && s.praise.targets.length)
    triggers.praise_of = [...s.praise.targets];
  if (s.escalation_request.value !== 'none' && s.escalation_request.triggers.length)
    triggers.escalation = [...s.escalation_request.triggers];
  return {
    emotions: a.emotions,
    ekmanScores: a.ekmanScores,
    sentimentScores: a.sentimentScores,
    ekman: a.ekman,
    sentiment: a.sentiment,
    praise: s.praise.probability,
    churnRisk: s.churn_risk.probability,
    effort: s.effort.probability,
    humour: s.humour.probability,
    urgency: s.urgency.probability,
    escalation: s.escalation_request.value,
    triggers,
  };
}

/** Rapport's emotion model as a TextAnalyzer (the model is decoded on first use). */
export function modelTextAnalyzer(): TextAnalyzer {
  return {
    get modelVersion() {
      return readerName(emotionModel().name);
    },
    analyzeText: (text) => readingFromAnalysis(analyzeText(text)),
    analyzeTranscript: (lines) => analyzeTranscript(lines).messages.map(readingFromAnalysis),
  };
}
