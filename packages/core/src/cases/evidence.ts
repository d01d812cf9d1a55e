/** Evidence items: a snapshot of what a response, signal, interaction or low score said. */
import type { SurveyResponse } from '../feedback/response.ts';
import type { Interaction } from '../interactions/interaction.ts';
import type { LowScoreEvent } from '../rules/rule-facts.ts';
import type { Signal } from '../signals/signal.ts';
import type { Evidence } from './case.ts';

const clip = (s: string, n = 280) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const scale = (min: number, max: number) => `${min}–${max}`;

export function evidenceOfResponse(r: SurveyResponse): Evidence {
  const scores = r.answers
    .filter((a) => a.valueNum !== null && a.metric && a.metric !== 'expectations')
    .map((a) => ({
      questionId: a.questionId,
      metric: a.metric,
      scope: a.scope,
      score: a.valueNum,
      scale: a.scaleMin !== null && a.scaleMax !== null ? scale(a.scaleMin, a.scaleMax) : null,
    }));
  const parts = scores.map(
    (s) => `${String(s.metric).toUpperCase()} ${s.score}${s.scale ? ` (${s.scale})` : ''}`,
  );
  if (r.comment) parts.push(`"${clip(r.comment, 160)}"`);
  return {
    kind: 'response',
    id: r.id,
    at: r.submittedAt,
    summary: `Survey response: ${parts.join(', ') || 'no scores'}`,
    detail: { surveyId: r.surveyId, channel: r.channel, scores, comment: r.comment },
  };
}

export function evidenceOfSignal(s: Signal, text: string | null): Evidence {
  // The 28 labels only: the stored scores also carry groupings ("ekman:anger", "sentiment:…").
  const strongest = Object.entries(s.emotions)
    .filter(([k]) => k !== 'neutral' && !k.includes(':'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  const top = strongest.map(([k, v]) => `${k} ${v.toFixed(2)}`);
  const words = [...new Set(Object.values(s.triggers).flat())].slice(0, 6);
  return {
    kind: 'signal',
    id: s.id,
    at: s.at,
    summary: `Text (${s.sourceType.replace(/_/g, ' ')}): ${s.sentiment}${top.length ? `; ${top.join(', ')}` : ''}${
      words.length ? `; words: ${words.join(', ')}` : ''
    }`,
    detail: {
      sourceType: s.sourceType,
      sourceId: s.sourceId,
      seq: s.seq,
      speaker: s.speaker,
      sentiment: s.sentiment,
      emotions: Object.fromEntries(strongest),
      churnRisk: s.churnRisk,
      praise: s.praise,
      escalation: s.escalation,
      triggers: s.triggers,
      text: text === null ? null : clip(text, 1000),
    },
  };
}

export function evidenceOfInteraction(i: Interaction): Evidence {
  const bits = [
    i.channel.replace(/_/g, ' '),
    i.stage,
    i.outcome,
    i.expectation && `expectations ${i.expectation}`,
  ];
  return {
    kind: 'interaction',
    id: i.id,
    at: i.occurredAt,
    summary: `Interaction: ${bits.filter(Boolean).join(' · ')}${i.note ? ` — "${clip(i.note, 160)}"` : ''}`,
    detail: {
      channel: i.channel,
      stage: i.stage,
      outcome: i.outcome,
      expectation: i.expectation,
      employeeIds: i.employeeIds,
      teamId: i.teamId,
    },
  };
}

export function evidenceOfLowScore(e: LowScoreEvent, at: string): Evidence {
  return {
    kind: 'low_score',
    id: `${e.invitationId}:${e.questionId}`,
    at,
    summary: `Low score in a survey conversation: ${e.metric.toUpperCase()} ${e.score} (${scale(e.scaleMin, e.scaleMax)})`,
    detail: { ...e },
  };
}

/**
 * Where each kind's free text starts in its summary: the builders above append it last
 * (a comment in quotes, an interaction's note after a dash, a signal's words), after parts
 * that never hold these marks (scores, channel, stage, outcome, emotion names).
 */
const TEXT_STARTS: Record<Evidence['kind'], string[]> = {
  response: [', "', '"'],
  interaction: [' — "'],
  signal: ['; words: '],
  low_score: [],
};

/** A summary without the customer's own words (for the history and for retention). */
export function summaryWithoutText(kind: Evidence['kind'], summary: string): string {
  // The earliest mark: the words themselves may hold one again.
  const starts = TEXT_STARTS[kind].map((m) => summary.indexOf(m)).filter((i) => i >= 0);
  if (!starts.length) return summary;
  const head = summary.slice(0, Math.min(...starts));
  return kind === 'response' && head.endsWith(': ') ? `${head}no scores` : head;
}

/** The detail fields that hold free text: a response's comment, a signal's text and words. */
const TEXT_FIELDS: Partial<Record<Evidence['kind'], Record<string, null | object>>> = {
  response: { comment: null },
  signal: { text: null, triggers: {} },
};

const isBlank = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'object' && !Object.keys(v).length);

/** Whether an item still holds words the customer wrote. */
export function holdsText(e: Evidence): boolean {
  if (summaryWithoutText(e.kind, e.summary) !== e.summary) return true;
  return Object.keys(TEXT_FIELDS[e.kind] ?? {}).some((f) => !isBlank(e.detail[f]));
}

/** The item with the customer's words removed; scores, emotions and references stay. */
export function withoutText(e: Evidence): Evidence {
  return {
    ...e,
    summary: summaryWithoutText(e.kind, e.summary),
    detail: { ...e.detail, ...TEXT_FIELDS[e.kind] },
  };
}

/** The time of the oldest item that still holds words, or null: when retention must act. */
export function textSince(evidence: readonly Evidence[]): string | null {
  let oldest: string | null = null;
  for (const e of evidence) if (holdsText(e) && (oldest === null || e.at < oldest)) oldest = e.at;
  return oldest;
}
