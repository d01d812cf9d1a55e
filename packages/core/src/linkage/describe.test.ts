import { describe, expect, it } from 'vitest';
import { describeLink, formatCorrelation, linkStrength } from './describe.ts';

describe('the plain sentence', () => {
  it('reads like the issue’s example', () => {
    expect(describeLink(0.52, { low: 0.1, high: 0.79 }, 14)).toBe(
      'moderate positive link, r = 0.52, 95 % interval 0.10–0.79, 14 teams',
    );
  });

  it('says when the interval includes 0', () => {
    expect(describeLink(-0.35, { low: -0.8, high: 0.21 }, 8)).toBe(
      'moderate negative link, r = −0.35, 95 % interval −0.80 to 0.21, 8 teams; not distinguishable from no link',
    );
    expect(describeLink(0.04, { low: -0.5, high: 0.55 }, 10, { symbol: 'ρ' })).toBe(
      'negligible link, ρ = 0.04, 95 % interval −0.50 to 0.55, 10 teams; not distinguishable from no link',
    );
  });

  it('bands strength by |r| as shown (two decimals)', () => {
    expect(linkStrength(0.095)).toBe('weak'); // shown as 0.10
    expect(linkStrength(0.094)).toBe('negligible');
    expect(linkStrength(-0.29)).toBe('weak');
    expect(linkStrength(0.3)).toBe('moderate');
    expect(linkStrength(0.599)).toBe('strong'); // shown as 0.60
    expect(linkStrength(-0.7)).toBe('strong');
    expect(linkStrength(0.8)).toBe('very strong');
    expect(linkStrength(1)).toBe('very strong');
  });

  it('handles undefined correlations and formats signs', () => {
    expect(describeLink(null, null, 2)).toBe('too few teams to measure a link, 2 teams');
    expect(describeLink(null, null, 1)).toBe('too few teams to measure a link, 1 team');
    expect(describeLink(null, null, 6)).toBe(
      'no link can be measured: the teams do not differ, 6 teams',
    );
    expect(describeLink(0.9, null, 3)).toBe('very strong positive link, r = 0.90, 3 teams');
    expect(formatCorrelation(-0.004)).toBe('0.00');
    expect(formatCorrelation(-0.5)).toBe('−0.50');
  });
});
