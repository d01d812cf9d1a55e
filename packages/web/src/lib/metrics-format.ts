/**
 * Figures in words, faithfully: every value with its n and 95 % interval, "too few responses
 * (n = 3)" instead of a number that means nothing, the scale it was asked on, and a change
 * against the previous period marked only when it is significant.
 */
import type { Comparison, CustomerMetric, Figure } from '@rapport/contracts';

export const METRIC_LABELS: Record<CustomerMetric, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  expectations: 'Expectations',
};

/** What each figure's value is, in a few words. */
export const METRIC_MEANING: Record<CustomerMetric, string> = {
  nps: '% promoters − % detractors',
  csat: 'share satisfied (top-2-box)',
  ces: 'mean ease, 1 = hard, 7 = easy',
  expectations: '% exceeded − % failed',
};

const one = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOne = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const MINUS = '−';

/** 12 → "+12", −3.5 → "−3.5", 0 → "0". */
export function signed(n: number, digits: 'one' | 'upToOne' = 'upToOne'): string {
  const f = digits === 'one' ? one : upToOne;
  const abs = f.format(Math.abs(n));
  if (abs === f.format(0)) return abs;
  return `${n < 0 ? MINUS : '+'}${abs}`;
}

const plain = (n: number): string => (n < 0 ? `${MINUS}${upToOne.format(-n)}` : upToOne.format(n));

/** The value as people read it: NPS "+32", a share "80 %", a mean "4.2". */
export function formatValue(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'points':
      return signed(value);
    case 'percent':
      return `${upToOne.format(value)} %`;
    case 'score':
      return one.format(value);
  }
}

/** "62.7–90.5 %", "−4 to +20", "3.6–4.4". */
export function formatInterval(i: { low: number; high: number }, unit: Figure['unit']): string {
  if (unit === 'points') return `${signed(i.low)} to ${signed(i.high)}`;
  const sep = i.low < 0 ? ' to ' : '–';
  return `${plain(i.low)}${sep}${plain(i.high)}${unit === 'percent' ? ' %' : ''}`;
}

export const formatN = (n: number): string => `n = ${n.toLocaleString('en-GB')}`;

export interface FigureText {
  status: Figure['status'];
  /** The number, or what stands instead of it. */
  headline: string;
  /** "95 % interval 62.7–90.5 %", or null when there is no number. */
  interval: string | null;
  n: string;
  /** The whole figure in one sentence (accessible name of a figure link). */
  sentence: string;
}

/** A figure in words. `label` names it ("CSAT on 1–5"). */
export function describeFigure(f: Figure, label: string): FigureText {
  const n = formatN(f.n);
  if (f.status === 'empty' || f.n === 0) {
    return {
      status: 'empty',
      headline: 'No responses',
      interval: null,
      n,
      sentence: `${label}: no responses`,
    };
  }
  if (f.status === 'too_few' || f.value === null) {
    const headline = `too few responses (${n})`;
    return {
      status: 'too_few',
      headline: `Too few responses (${n})`,
      interval: null,
      n,
      sentence: `${label}: ${headline}, at least ${f.minN} needed`,
    };
  }
  const value = formatValue(f.value, f.unit);
  const interval = f.interval ? `95 % interval ${formatInterval(f.interval, f.unit)}` : null;
  return {
    status: 'ok',
    headline: value,
    interval,
    n,
    sentence: `${label}: ${value}${interval ? `, ${interval}` : ''}, ${n}`,
  };
}

/** The scale a figure was asked on, shown beside it ("on 1–10"); null for expectations. */
export function scaleNote(metric: CustomerMetric, scale: string): string | null {
  return metric === 'expectations' ? null : `on ${scale}`;
}

/** "CSAT on 1–5", "NPS on 1–10", "Expectations". */
export function figureLabel(metric: CustomerMetric, scale: string): string {
  const note = scaleNote(metric, scale);
  return note ? `${METRIC_LABELS[metric]} ${note}` : METRIC_LABELS[metric];
}

const CHANGE_UNIT: Record<CustomerMetric, [string, string]> = {
  nps: ['pts', 'points'],
  csat: ['pp', 'percentage points'],
  ces: ['', 'points on the scale'],
  expectations: ['pp', 'percentage points exceeded'],
};

export type ChangeText =
  | { kind: 'significant'; direction: 'up' | 'down'; mark: string; text: string; sentence: string }
  | { kind: 'none'; text: string };

/**
 * The change against the previous period: a marked rise or fall only when the test says it is
 * significant; otherwise words that say why there is no mark.
 */
export function describeChange(metric: CustomerMetric, c: Comparison | undefined): ChangeText {
  if (!c || c.status === 'empty')
    return { kind: 'none', text: 'No responses in the previous period to compare with.' };
  if (c.status === 'too_few' || c.difference === null)
    return { kind: 'none', text: 'Too few responses to compare with the previous period.' };
  if (c.significant !== true)
    return { kind: 'none', text: 'No significant change from the previous period.' };
  const [short, long] = CHANGE_UNIT[metric];
  const up = c.difference > 0;
  const amount = signed(c.difference, metric === 'ces' ? 'one' : 'upToOne');
  const p =
    c.pValue === null ? '' : c.pValue < 0.001 ? ', p < 0.001' : `, p = ${c.pValue.toFixed(3)}`;
  return {
    kind: 'significant',
    direction: up ? 'up' : 'down',
    mark: up ? '▲' : '▼',
    text: `${amount}${short ? ` ${short}` : ''} vs previous period`,
    sentence: `Significant ${up ? 'rise' : 'fall'} of ${amount.replace(/^[+−]/, '')} ${long} from the previous period${p}.`,
  };
}
