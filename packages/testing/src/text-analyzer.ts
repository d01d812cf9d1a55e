/**
 * A deterministic stand-in for the emotion model, for tests of the signal pipeline that must
 * not depend on the trained weights: a handful of cue words per emotion and signal. Never the
 * product's analyzer (the worker wires the real model).
 */
import { textAnalyzerFrom, type AnalyzeOutput, type TextAnalyzer } from '@rapport/core';

interface Cue {
  words: RegExp;
  emotions: Record<string, number>;
  signals?: Partial<AnalyzeOutput['signals']>;
  trigger?: string;
}

const CUES: Cue[] = [
  { words: /\b(where is|still waiting|never came|ridiculous)\b/i, emotions: { annoyance: 0.8 } },
  { words: /\b(furious|angry|rude|condescending)\b/i, emotions: { anger: 0.85 } },
  {
    words: /\b(haha|lol)\b|😂/i,
    emotions: { amusement: 0.85 },
    signals: { humour: 0.9 },
    trigger: 'humour',
  },
  { words: /\b(thanks?|thank you|grateful)\b/i, emotions: { gratitude: 0.9 } },
  {
    words: /\b(amazing|excellent|great)\b/i,
    emotions: { admiration: 0.8 },
    signals: { praise: 0.85 },
    trigger: 'praise',
  },
  {
    words: /\b(cancel|switch|never again)\b/i,
    emotions: { disappointment: 0.6 },
    signals: { churn_risk: 0.9 },
    trigger: 'churn_risk',
  },
  {
    words: /\b(three times|transferred again)\b/i,
    emotions: { annoyance: 0.6 },
    signals: { effort: 0.85 },
    trigger: 'effort',
  },
  {
    words: /\b(tell (her|his|your) (boss|manager))\b/i,
    emotions: { admiration: 0.7 },
    signals: { escalation_request: 'praise' },
    trigger: 'escalation',
  },
];

const POSITIVE = new Set(['amusement', 'gratitude', 'admiration']);
const EKMAN: Record<string, string> = {
  annoyance: 'anger',
  anger: 'anger',
  amusement: 'joy',
  gratitude: 'joy',
  admiration: 'joy',
  disappointment: 'sadness',
};

export function readText(text: string): AnalyzeOutput {
  const emotions: Record<string, number> = { neutral: 0.6 };
  const signals: AnalyzeOutput['signals'] = { escalation_request: 'none' };
  const triggers: Record<string, string[]> = {};
  for (const cue of CUES) {
    const m = cue.words.exec(text);
    if (!m) continue;
    for (const [label, p] of Object.entries(cue.emotions))
      emotions[label] = Math.max(emotions[label] ?? 0, p);
    Object.assign(signals, cue.signals);
    if (cue.trigger) triggers[cue.trigger] = [m[0].toLowerCase()];
    emotions.neutral = 0.1;
  }
  const labels = Object.keys(emotions).filter((l) => l !== 'neutral');
  const pos = Math.max(0, ...labels.filter((l) => POSITIVE.has(l)).map((l) => emotions[l] ?? 0));
  const neg = Math.max(0, ...labels.filter((l) => !POSITIVE.has(l)).map((l) => emotions[l] ?? 0));
  const sentiment =
    pos >= 0.5 && neg >= 0.5
      ? 'ambiguous'
      : pos >= 0.5
        ? 'positive'
        : neg >= 0.5
          ? 'negative'
          : 'neutral';
  const ekman = labels.length
    ? [...new Set(labels.map((l) => EKMAN[l] ?? 'neutral'))]
    : ['neutral'];
  return {
    emotions,
    ekman,
    sentiment,
    signals,
    triggers,
    sentimentScores: { positive: pos, negative: neg, ambiguous: 0, neutral: emotions.neutral ?? 0 },
  };
}

export function keywordAnalyzer(modelVersion = 'keywords-test-1'): TextAnalyzer {
  return textAnalyzerFrom({ modelVersion, analyzeText: readText });
}
