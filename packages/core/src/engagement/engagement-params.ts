/**
 * The engagement model's parameters, one set per workspace (settings key `engagement`). Every
 * weight is in score points at the middle of the scale (50); see docs/ENGAGEMENT.md.
 */
import { invalid } from '../errors/domain-error.ts';
import { INITIAL_ENGAGEMENT } from '../customers/customer.ts';
import {
  EXPECTATIONS,
  OUTCOMES,
  type Expectation,
  type Outcome,
} from '../interactions/interaction.ts';

/** A survey metric's weight, and the point of its scale (0 = bottom, 1 = top) that moves nothing. */
export interface SurveyWeight {
  points: number;
  neutral: number;
}

export const SURVEY_METRICS = ['nps', 'csat', 'ces'] as const;
export type EngagementSurveyMetric = (typeof SURVEY_METRICS)[number];

export interface EngagementParams {
  /** A new customer's score. */
  initial: number;
  /** One touchpoint's impulse is capped at ± this many points. */
  maxImpulse: number;
  /** Points per interaction outcome. */
  outcome: Record<Outcome, number>;
  /** Points per expectation (the survey's answer if given, else the interaction's). */
  expectation: Record<Expectation, number>;
  /** Points at the top (and, negated, at the bottom) of each survey scale. */
  survey: Record<EngagementSurveyMetric, SurveyWeight>;
  /** Points for the customer's texts reading wholly positive (valence 1). */
  emotion: number;
  /** The last message of a conversation weighs 1 + lateWeight times the first. */
  lateWeight: number;
  /** Points off for an effort signal (p ≥ 0.5), times p. */
  effort: number;
  /** Points for praise (p ≥ 0.5, or a request to pass praise up), times p. */
  praise: number;
  /** Points off for churn risk (p ≥ 0.5), times p. */
  churnRisk: number;
  /** Points off for a request to escalate a complaint. */
  complaint: number;
}

export const DEFAULT_ENGAGEMENT: EngagementParams = {
  initial: INITIAL_ENGAGEMENT,
  maxImpulse: 30,
  outcome: { resolved: 4, info: 1, pending: 0, escalated: -2, unresolved: -6, abandoned: -6 },
  expectation: { exceeded: 8, met: 2, failed: -8 },
  survey: {
    nps: { points: 8, neutral: 0.7 },
    csat: { points: 6, neutral: 0.5 },
    ces: { points: 4, neutral: 0.5 },
  },
  emotion: 10,
  lateWeight: 1,
  effort: 5,
  praise: 4,
  churnRisk: 8,
  complaint: 4,
};

/** A stored or patched parameter set, any part of which may be missing. */
export interface EngagementParamsPatch {
  initial?: number | undefined;
  maxImpulse?: number | undefined;
  outcome?: Partial<Record<Outcome, number>> | undefined;
  expectation?: Partial<Record<Expectation, number>> | undefined;
  survey?: Partial<Record<EngagementSurveyMetric, Partial<SurveyWeight>>> | undefined;
  emotion?: number | undefined;
  lateWeight?: number | undefined;
  effort?: number | undefined;
  praise?: number | undefined;
  churnRisk?: number | undefined;
  complaint?: number | undefined;
}

const defined = <T extends object>(o: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The defaults, overlaid with what is set (at any depth). */
export function engagementParams(
  patch: EngagementParamsPatch | undefined,
  base: EngagementParams = DEFAULT_ENGAGEMENT,
): EngagementParams {
  const p = patch ?? {};
  const survey = { ...base.survey };
  for (const m of SURVEY_METRICS) survey[m] = { ...base.survey[m], ...defined(p.survey?.[m]) };
  return {
    ...base,
    ...defined({
      initial: p.initial,
      maxImpulse: p.maxImpulse,
      emotion: p.emotion,
      lateWeight: p.lateWeight,
      effort: p.effort,
      praise: p.praise,
      churnRisk: p.churnRisk,
      complaint: p.complaint,
    }),
    outcome: { ...base.outcome, ...defined(p.outcome) },
    expectation: { ...base.expectation, ...defined(p.expectation) },
    survey,
  };
}

const WEIGHT_MAX = 100;

/** Throws `validation` naming the first parameter out of range. */
export function validateEngagementParams(p: EngagementParams, field = 'engagement'): void {
  const check = (name: string, v: number, lo: number, hi: number) => {
    if (!(typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi))
      throw invalid(`${field}.${name}`, `${name} must be a number from ${lo} to ${hi}.`);
  };
  check('initial', p.initial, 1, 99);
  check('maxImpulse', p.maxImpulse, 1, WEIGHT_MAX);
  for (const o of OUTCOMES) check(`outcome.${o}`, p.outcome[o], -WEIGHT_MAX, WEIGHT_MAX);
  for (const e of EXPECTATIONS)
    check(`expectation.${e}`, p.expectation[e], -WEIGHT_MAX, WEIGHT_MAX);
  for (const m of SURVEY_METRICS) {
    check(`survey.${m}.points`, p.survey[m].points, 0, WEIGHT_MAX);
    check(`survey.${m}.neutral`, p.survey[m].neutral, 0.05, 0.95);
  }
  for (const k of ['emotion', 'effort', 'praise', 'churnRisk', 'complaint'] as const)
    check(k, p[k], 0, WEIGHT_MAX);
  check('lateWeight', p.lateWeight, 0, 10);
}
