/**
 * The engagement model (docs/ENGAGEMENT.md): each touchpoint gives an impulse — the sum of
 * its reasons, in points, capped at ± maxImpulse — and the score moves by it on the logit
 * scale, so a move is full size at 50 and shrinks near 0 and 100:
 *   after = 100 · σ(logit(before / 100) + impulse / 25)
 * (σ the logistic function; at 50 the slope is exactly one point per point of impulse).
 * Pure: the same touchpoints in the same order give the same scores on every machine.
 */
import type { Expectation } from '../interactions/interaction.ts';
import { topEmotions, valenceOf } from '../signals/emotion-reading.ts';
import type { Signal } from '../signals/signal.ts';
import {
  SURVEY_METRICS,
  type EngagementParams,
  type EngagementSurveyMetric,
} from './engagement-params.ts';
import { customerSide, type Touchpoint, type TouchpointAnswer } from './touchpoint.ts';

export const ENGAGEMENT_FACTORS = [
  'outcome',
  'expectation',
  'nps',
  'csat',
  'ces',
  'emotion',
  'effort',
  'praise',
  'churn_risk',
  'complaint',
  'cap',
] as const;
export type EngagementFactor = (typeof ENGAGEMENT_FACTORS)[number];

/** One reason a touchpoint moved the score; a touchpoint's reasons sum to its impulse. */
export interface EngagementReason {
  factor: EngagementFactor;
  detail: string;
  points: number;
}

/** The fallbacks of the reasons that quote a signal's trigger words (see textReasons). */
const NO_WORDS: Partial<Record<EngagementFactor, RegExp>> = {
  effort: /^effort \d/,
  praise: /^(praise \d|asked to pass praise up$)/,
  churn_risk: /^churn risk \d/,
};

/**
 * Whether a reason quotes the words a signal was read from (raw-text retention): they are
 * gone once the signal's words are, and the step is then recomputed without them.
 */
export function reasonQuotesWords(r: EngagementReason): boolean {
  const plain = NO_WORDS[r.factor];
  return plain !== undefined && !plain.test(r.detail);
}

export interface EngagementStep {
  key: string;
  at: string;
  interactionId: string | null;
  responseId: string | null;
  before: number;
  after: number;
  delta: number;
  reasons: EngagementReason[];
}

/** The score's unit on the logit scale: at 50, d(score)/d(impulse) = 100 · ¼ / 25 = 1. */
const LOGIT_POINTS = 25;
const round2 = (v: number) => Math.round(v * 100) / 100;
const signed = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(2)}`;

/** How close to 0 and 100 a score is taken before its logit (the logit of 0 or 100 is infinite). */
const EDGE = 0.01;

/**
 * Moves a score by an impulse, with diminishing movement near the bounds. A score never moves
 * against its impulse: a resolved call once took 99.8 down to 99.6, because the score was
 * clamped to 99.5 before it moved up (and rounding to hundredths could do the same).
 */
export function moveScore(before: number, impulse: number): number {
  if (impulse === 0) return before;
  const s = Math.min(100 - EDGE, Math.max(EDGE, before)) / 100;
  const z = Math.log(s / (1 - s)) + impulse / LOGIT_POINTS;
  const after = round2(100 / (1 + Math.exp(-z)));
  return impulse > 0 ? Math.max(before, after) : Math.min(before, after);
}

/** Where an answer sits relative to its metric's neutral point: −1 at the bottom, 1 at the top. */
export function scalePosition(a: TouchpointAnswer, neutral: number): number | null {
  if (a.valueNum === null || a.scaleMin === null || a.scaleMax === null) return null;
  if (a.scaleMax <= a.scaleMin) return null;
  const x = Math.min(1, Math.max(0, (a.valueNum - a.scaleMin) / (a.scaleMax - a.scaleMin)));
  return x >= neutral ? (x - neutral) / (1 - neutral) : (x - neutral) / neutral;
}

function surveyReasons(tp: Touchpoint, p: EngagementParams): EngagementReason[] {
  const answers = tp.responses.flatMap((r) => r.answers);
  const out: EngagementReason[] = [];
  for (const metric of SURVEY_METRICS) {
    const w = p.survey[metric as EngagementSurveyMetric];
    const scored = answers
      .filter((a) => a.metric === metric)
      .map((a) => ({ a, pos: scalePosition(a, w.neutral) }))
      .filter((x): x is { a: TouchpointAnswer; pos: number } => x.pos !== null);
    if (!scored.length) continue;
    const mean = scored.reduce((t, x) => t + x.pos, 0) / scored.length;
    const detail = scored.map(({ a }) => `${a.valueNum} on ${a.scaleMin}–${a.scaleMax}`).join(', ');
    out.push({ factor: metric, detail, points: round2(w.points * mean) });
  }
  return out;
}

function expectationOf(tp: Touchpoint): { value: Expectation; from: string } | null {
  const answered = tp.responses
    .flatMap((r) => r.answers)
    .filter((a) => a.metric === 'expectations' && a.valueText)
    .at(-1)?.valueText;
  if (answered === 'failed' || answered === 'met' || answered === 'exceeded')
    return { value: answered, from: 'survey' };
  const recorded = tp.interaction?.expectation;
  return recorded ? { value: recorded, from: 'interaction' } : null;
}

/** Weighted valence of the customer's texts: later messages weigh more (the arc's end counts). */
export function emotionValence(
  signals: readonly Signal[],
  lateWeight: number,
): { valence: number; n: number; labels: string[] } | null {
  const texts = customerSide(signals);
  if (!texts.length) return null;
  const n = texts.length;
  let total = 0;
  let weights = 0;
  const byLabel = new Map<string, number>();
  texts.forEach((s, k) => {
    const w = 1 + (n > 1 ? (lateWeight * k) / (n - 1) : 0);
    total += w * valenceOf(s);
    weights += w;
    for (const e of topEmotions(s.emotions, 3, 0.15))
      byLabel.set(e.label, (byLabel.get(e.label) ?? 0) + w * e.p);
  });
  const labels = [...byLabel.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([l]) => l);
  return { valence: total / weights, n, labels };
}

const strongest = (signals: readonly Signal[], pick: (s: Signal) => number) =>
  signals.reduce<Signal | null>((best, s) => (!best || pick(s) > pick(best) ? s : best), null);

function textReasons(tp: Touchpoint, p: EngagementParams): EngagementReason[] {
  const out: EngagementReason[] = [];
  const texts = customerSide(tp.signals);
  const e = emotionValence(tp.signals, p.lateWeight);
  if (e && Math.abs(e.valence) >= 0.005) {
    const what = e.labels.length ? `${e.labels.join(', ')}; ` : '';
    out.push({
      factor: 'emotion',
      detail: `${what}valence ${signed(e.valence)} over ${e.n} text${e.n === 1 ? '' : 's'}`,
      points: round2(p.emotion * e.valence),
    });
  }
  const words = (s: Signal, key: string) => (s.triggers[key] ?? []).join(', ');
  const effort = strongest(texts, (s) => s.effort);
  if (effort && effort.effort >= 0.5)
    out.push({
      factor: 'effort',
      detail: words(effort, 'effort') || `effort ${effort.effort.toFixed(2)}`,
      points: round2(-p.effort * effort.effort),
    });
  const praiseP = (s: Signal) => (s.escalation === 'praise' ? 1 : s.praise);
  const praise = strongest(texts, praiseP);
  if (praise && praiseP(praise) >= 0.5)
    out.push({
      factor: 'praise',
      detail:
        praise.escalation === 'praise'
          ? 'asked to pass praise up'
          : words(praise, 'praise') || `praise ${praise.praise.toFixed(2)}`,
      points: round2(p.praise * praiseP(praise)),
    });
  const churn = strongest(texts, (s) => s.churnRisk);
  if (churn && churn.churnRisk >= 0.5)
    out.push({
      factor: 'churn_risk',
      detail: words(churn, 'churn_risk') || `churn risk ${churn.churnRisk.toFixed(2)}`,
      points: round2(-p.churnRisk * churn.churnRisk),
    });
  if (texts.some((s) => s.escalation === 'complaint'))
    out.push({
      factor: 'complaint',
      detail: 'asked to escalate a complaint',
      points: -p.complaint,
    });
  return out;
}

/** The reasons a touchpoint moves the score; they sum to its (capped) impulse. */
export function touchpointReasons(tp: Touchpoint, p: EngagementParams): EngagementReason[] {
  const out: EngagementReason[] = [];
  const outcome = tp.interaction?.outcome;
  if (outcome) out.push({ factor: 'outcome', detail: outcome, points: p.outcome[outcome] });
  const exp = expectationOf(tp);
  if (exp)
    out.push({
      factor: 'expectation',
      detail: `${exp.value} (${exp.from})`,
      points: p.expectation[exp.value],
    });
  out.push(...surveyReasons(tp, p), ...textReasons(tp, p));
  const raw = round2(out.reduce((t, r) => t + r.points, 0));
  const capped = Math.max(-p.maxImpulse, Math.min(p.maxImpulse, raw));
  if (capped !== raw)
    out.push({
      factor: 'cap',
      detail: `impulse capped at ${signed(capped)}`,
      points: round2(capped - raw),
    });
  return out.filter((r) => r.points !== 0 || r.factor === 'outcome' || r.factor === 'expectation');
}

export const impulseOf = (reasons: readonly EngagementReason[]) =>
  round2(reasons.reduce((t, r) => t + r.points, 0));

/** Applies touchpoints (already in order) to a starting score. */
export function replayEngagement(
  start: number,
  touchpoints: readonly Touchpoint[],
  p: EngagementParams,
): EngagementStep[] {
  let score = start;
  return touchpoints.map((tp) => {
    const reasons = touchpointReasons(tp, p);
    const after = moveScore(score, impulseOf(reasons));
    const step: EngagementStep = {
      key: tp.key,
      at: tp.at,
      interactionId: tp.interaction?.id ?? null,
      responseId: tp.responses.at(-1)?.id ?? null,
      before: score,
      after,
      delta: round2(after - score),
      reasons,
    };
    score = after;
    return step;
  });
}
