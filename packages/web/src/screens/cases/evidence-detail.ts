/** Reads an evidence item's detail (a free-form record in the API) into what the page shows. */
import type { CaseEvidence } from '@rapport/contracts';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const rec = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export interface ScoreLine {
  metric: string;
  score: number;
  scale: string | null;
}

export interface SignalDetail {
  text: string | null;
  sentiment: string | null;
  speaker: string | null;
  sourceType: string | null;
  /** The interaction the text came from (notes and messages). */
  interactionId: string | null;
  emotions: Array<[string, string]>;
  /** Each signal with the words that triggered it, e.g. ["churn_risk", ["cancel"]]. */
  triggers: Array<[string, string[]]>;
}

export function responseScores(e: CaseEvidence): { scores: ScoreLine[]; comment: string | null } {
  const scores = Array.isArray(e.detail.scores) ? e.detail.scores : [];
  return {
    scores: scores.flatMap((s) => {
      const r = rec(s);
      const score = num(r.score);
      return score === null
        ? []
        : [{ metric: (str(r.metric) ?? 'score').toUpperCase(), score, scale: str(r.scale) }];
    }),
    comment: str(e.detail.comment),
  };
}

export function signalDetail(e: CaseEvidence): SignalDetail {
  const d = e.detail;
  const sourceType = str(d.sourceType);
  const triggers = Object.entries(rec(d.triggers)).flatMap(([k, v]): Array<[string, string[]]> => {
    const words = Array.isArray(v) ? v.filter((w): w is string => typeof w === 'string') : [];
    return words.length ? [[k, words]] : [];
  });
  return {
    text: str(d.text),
    sentiment: str(d.sentiment),
    speaker: str(d.speaker),
    sourceType,
    interactionId: sourceType === 'response_comment' ? null : str(d.sourceId),
    // Probabilities (older cases stored them as text already rounded).
    emotions: Object.entries(rec(d.emotions))
      .filter(([k]) => !k.includes(':'))
      .map(([k, v]) => [k, typeof v === 'number' ? v.toFixed(2) : String(v)]),
    triggers,
  };
}

export function lowScore(e: CaseEvidence): ScoreLine | null {
  const score = num(e.detail.score);
  const min = num(e.detail.scaleMin);
  const max = num(e.detail.scaleMax);
  if (score === null) return null;
  return {
    metric: (str(e.detail.metric) ?? 'score').toUpperCase(),
    score,
    scale: min !== null && max !== null ? `${min}–${max}` : null,
  };
}
