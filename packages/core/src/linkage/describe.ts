/**
 * The plain sentence on a link's strength and uncertainty, e.g.
 * "moderate positive link, r = 0.52, 95 % interval 0.10–0.79, 14 teams".
 *
 * Strength by |r| (rounded to the two decimals shown): < 0.10 negligible, < 0.30 weak,
 * < 0.60 moderate, < 0.80 strong, otherwise very strong. When the interval includes 0 the
 * sentence adds "; not distinguishable from no link".
 */
import type { ConfidenceInterval } from '../metrics/figure.ts';

export type LinkStrength = 'negligible' | 'weak' | 'moderate' | 'strong' | 'very strong';

/** Lower bounds of |r| for each strength word, strongest first. */
export const LINK_STRENGTH_BANDS: readonly { min: number; strength: LinkStrength }[] = [
  { min: 0.8, strength: 'very strong' },
  { min: 0.6, strength: 'strong' },
  { min: 0.3, strength: 'moderate' },
  { min: 0.1, strength: 'weak' },
  { min: 0, strength: 'negligible' },
];

const round2 = (v: number): number => Math.round(v * 100) / 100;

/** The strength word of a correlation. */
export function linkStrength(r: number): LinkStrength {
  const a = Math.abs(round2(r));
  return LINK_STRENGTH_BANDS.find((b) => a >= b.min)?.strength ?? 'negligible';
}

/** Formats with two decimals and a true minus sign. */
export function formatCorrelation(v: number): string {
  const s = Math.abs(v).toFixed(2);
  return round2(v) < 0 ? `−${s}` : s;
}

function formatInterval(i: ConfidenceInterval): string {
  const lo = formatCorrelation(i.low);
  const hi = formatCorrelation(i.high);
  return round2(i.low) < 0 ? `${lo} to ${hi}` : `${lo}–${hi}`;
}

/** True when the interval includes 0. */
export function includesZero(i: ConfidenceInterval): boolean {
  return i.low <= 0 && i.high >= 0;
}

/**
 * The sentence for a correlation `r` over `n` units (default noun "teams"); `symbol` is "r" or "ρ".
 */
export function describeLink(
  r: number | null,
  interval: ConfidenceInterval | null,
  n: number,
  opts: { symbol?: string | undefined; unit?: string | undefined } = {},
): string {
  const unit = opts.unit ?? 'teams';
  const count = `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
  if (r === null) {
    return n < 3
      ? `too few ${unit} to measure a link, ${count}`
      : `no link can be measured: the ${unit} do not differ, ${count}`;
  }
  const strength = linkStrength(r);
  const direction = strength === 'negligible' ? '' : r > 0 ? ' positive' : ' negative';
  const ci = interval ? `, 95 % interval ${formatInterval(interval)}` : '';
  const none = interval && includesZero(interval) ? '; not distinguishable from no link' : '';
  return `${strength}${direction} link, ${opts.symbol ?? 'r'} = ${formatCorrelation(r)}${ci}, ${count}${none}`;
}
