/**
 * eNPS: the NPS of employees about the company as a place to work. Same math as NPS, its own
 * name, and anonymity rules: the minimum n is the anonymity threshold (default 5, never below 3),
 * and under it nothing but n is revealed (no promoter/detractor counts).
 */
import type { Figure } from './figure.ts';
import { histogramFromAnswers, type ScoreAnswer, type ScoreHistogram } from './histogram.ts';
import { npsLikeFigure, type NpsParts } from './nps.ts';
import { resolveAnonymityThreshold } from './anonymity-threshold.ts';
import { NPS_SCALE } from './scale.ts';

export interface EmployeeMetricOptions {
  /** Group size below which the figure is `too_few` and its parts withheld. Default 5, clamped ≥ 3. */
  minN?: number | undefined;
}

/** eNPS = %promoters − %detractors of an employee histogram (0–10 or 1–10). */
export function enpsFromHistogram(
  h: ScoreHistogram,
  opts: EmployeeMetricOptions = {},
): Figure<NpsParts> {
  return npsLikeFigure('enps', h, resolveAnonymityThreshold(opts.minN), true);
}

/** eNPS of raw employee answers; skips excluded, mixed scales refused. */
export function enpsFromAnswers(
  answers: readonly ScoreAnswer[],
  opts: EmployeeMetricOptions = {},
): Figure<NpsParts> {
  return enpsFromHistogram(histogramFromAnswers(answers, NPS_SCALE), opts);
}
