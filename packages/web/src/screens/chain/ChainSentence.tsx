/**
 * The link in one plain sentence (from the API: strength, direction, r, its 95 % interval and
 * the number of teams), with the rank correlation beside it and what the numbers do not say.
 */
import type { LinkageEstimate, LinkageLink } from '@rapport/contracts';
import { measureInline, MEASURE_SHORT } from './chain-labels.ts';

const fixed = (v: number) => v.toFixed(2);

export function estimateDetail(e: LinkageEstimate): string {
  if (e.r === null) return `${e.method === 'spearman' ? 'ρ' : 'r'}: too few teams`;
  const sym = e.method === 'spearman' ? 'ρ' : 'r';
  const ci = e.interval
    ? ` (95 % interval ${fixed(e.interval.low)} to ${fixed(e.interval.high)})`
    : '';
  return `${sym} = ${fixed(e.r)}${ci}`;
}

export function ChainSentence({ link }: { link: LinkageLink }) {
  const sentence = link.primary.sentence;
  const first = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  const secondary = link.primary.method === 'spearman' ? link.pearson : link.spearman;
  return (
    <div className="chain-sentence">
      <p className="chain-headline">
        <span className="visually-hidden">
          {MEASURE_SHORT[link.x]} and {measureInline(link.y)}:{' '}
        </span>
        {first}.
      </p>
      <p className="muted">
        {link.primary.method === 'weighted-pearson' ? 'Teams weighted by respondents. ' : ''}
        {secondary.method === 'spearman' ? 'Rank correlation (Spearman)' : 'Pearson'}:{' '}
        {estimateDetail(secondary)}
        {link.primary.includesZero ? ' · the interval includes 0: no link is also possible' : ''}
      </p>
    </div>
  );
}
