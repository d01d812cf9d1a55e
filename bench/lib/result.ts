/** One row of the results table: Rapport's figure beside one baseline's, from the same run. */
import type { Summary } from './stats.ts';

export interface Figure {
  /** What was measured, e.g. "Rapport POST /api/v1/responses". */
  label: string;
  unit: string;
  summary: Summary;
  /** Secondary figures (p50, p99, …) as medians over the same runs. */
  detail?: string;
}

export interface Row {
  workload: string;
  case: string;
  rapport: Figure | null;
  baseline: Figure | null;
  /** Larger is better for this unit (throughput) or smaller (latency). */
  higherIsBetter: boolean;
  goal?: string;
  /** true/false when a goal applies, undefined otherwise. */
  met?: boolean;
  /** Why this row has no figure yet. */
  pending?: string;
  note?: string;
}

export function ratio(row: Row): number | null {
  if (!row.rapport || !row.baseline || !row.baseline.summary.median) return null;
  return row.rapport.summary.median / row.baseline.summary.median;
}

export function pendingRow(workload: string, what: string, why: string): Row {
  return {
    workload,
    case: what,
    rapport: null,
    baseline: null,
    higherIsBetter: true,
    pending: why,
  };
}
