/**
 * What the metrics API asks the store for: histograms of answers (a count per score value),
 * filtered and grouped. Every metric is computed from histograms by the metrics engine, so a
 * roll-up of ten million answers and a handful of raw ones give the same figures.
 */
import type { GroupByDimension } from '../metrics/attribution.ts';
import type { AnswerMetric, AnswerScope } from './response.ts';

export interface MetricFilters {
  surveyId?: string | undefined;
  channel?: string | undefined;
  stage?: string | undefined;
  teamId?: string | undefined;
  agentId?: string | undefined;
  ownerId?: string | undefined;
  segment?: string | undefined;
  /** Only answers whose agent is one of these (a manager's people; set by the service). */
  agentIn?: readonly string[] | undefined;
  /** Only answers whose relationship owner is one of these (set by the service). */
  ownerIn?: readonly string[] | undefined;
}

export interface MetricQuery {
  metric: AnswerMetric;
  /** Only answers of this attribution scope (e.g. NPS: relationship only). */
  scopes: AnswerScope[];
  /** First UTC day included, YYYY-MM-DD. */
  from?: string | undefined;
  /** First UTC day excluded, YYYY-MM-DD. */
  to?: string | undefined;
  filters: MetricFilters;
  groupBy: GroupByDimension[];
}

/** One group's histogram. Answers on different scales are never pooled: each scale is a row. */
export interface HistogramRow {
  /** The group's key per dimension (null where the answers have no value for it). */
  group: Partial<Record<GroupByDimension, string | null>>;
  scaleMin: number;
  scaleMax: number;
  topBoxMin: number | null;
  /** counts[k] answers of value scaleMin + k. For expectations: failed, met, exceeded. */
  counts: number[];
}

/** Expectation answers are counted on a 0–2 scale: failed, met, exceeded. */
export const EXPECTATION_VALUES = ['failed', 'met', 'exceeded'] as const;
