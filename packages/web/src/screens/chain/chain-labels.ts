/** Words and units for the chain's measures: leadership, engagement and the customer outcomes. */
import type { ChainOutcome, LinkageLink } from '@rapport/contracts';

export const OUTCOME_LABELS: Record<ChainOutcome, string> = {
  csat: 'CSAT',
  ces: 'Customer effort (CES)',
  nps: 'NPS',
  recovery: 'Recovery rate',
  praise: 'Praise',
};
export const OUTCOMES = Object.keys(OUTCOME_LABELS) as ChainOutcome[];

/** The axis name of a measure, with its unit. */
export const MEASURE_AXIS: Record<LinkageLink['x'] | LinkageLink['y'], string> = {
  leadership: 'Leadership engagement (mean, 1–5)',
  engagement: 'Employee engagement (mean, 1–5)',
  csat: 'CSAT (% satisfied)',
  ces: 'Customer effort (mean, 1–7)',
  nps: 'NPS (−100 to +100)',
  recovery: 'Recovery rate (% recovered)',
  praise: 'Praise per 100 interactions',
};

export const MEASURE_SHORT: Record<LinkageLink['x'] | LinkageLink['y'], string> = {
  leadership: 'Leadership engagement',
  engagement: 'Employee engagement',
  csat: 'CSAT',
  ces: 'Customer effort',
  nps: 'NPS',
  recovery: 'Recovery rate',
  praise: 'Praise',
};

/** A measure's short name inside a sentence: "employee engagement", but "CSAT". */
export function measureInline(m: LinkageLink['x'] | LinkageLink['y']): string {
  const s = MEASURE_SHORT[m];
  return /^[A-Z]{2,}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** A measure's value as read: engagement to 2 decimals, percentages and points whole. */
export function measureValue(measure: LinkageLink['x'] | LinkageLink['y'], v: number): string {
  switch (measure) {
    case 'leadership':
    case 'engagement':
    case 'ces':
      return v.toFixed(2);
    case 'csat':
    case 'recovery':
      return `${Math.round(v)} %`;
    case 'nps':
      return `${v > 0 ? '+' : ''}${Math.round(v)}`;
    case 'praise':
      return v.toFixed(1);
  }
}
