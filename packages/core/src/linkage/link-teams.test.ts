import { describe, expect, it } from 'vitest';
import { linkTeams, type LinkagePoint } from './link-teams.ts';

// The hand-checked eight teams of correlation.test.ts: r = 0.920485, Fisher 95 % CI [0.614212, 0.985757].
const xs = [2.8, 3.1, 3.4, 3.6, 3.9, 4.0, 4.3, 4.6];
const ys = [72, 70, 78, 74, 80, 85, 83, 90];
const ws = [12, 9, 6, 10, 8, 15, 7, 11];
const points: LinkagePoint[] = xs.map((x, i) => ({
  teamId: `t${i + 1}`,
  x,
  y: ys[i]!,
  weight: ws[i],
}));

describe('linkTeams', () => {
  it('reports Pearson with its Fisher interval, n of teams and the sentence', () => {
    const r = linkTeams(points);
    expect(r.n).toBe(8);
    expect(r.primary.method).toBe('pearson');
    expect(r.pearson.r).toBeCloseTo(0.9204854000324685, 12);
    expect(r.pearson.intervalMethod).toBe('fisher');
    expect(r.pearson.interval?.low).toBeCloseTo(0.6142123437359386, 12);
    expect(r.pearson.interval?.high).toBeCloseTo(0.9857567166720989, 12);
    expect(r.pearson.includesZero).toBe(false);
    expect(r.pearson.sentence).toBe(
      'very strong positive link, r = 0.92, 95 % interval 0.61–0.99, 8 teams',
    );
    expect(r.spearman.sentence).toBe(
      'very strong positive link, ρ = 0.93, 95 % interval 0.63–0.99, 8 teams',
    );
    expect(r.line?.slope).toBeCloseTo(26.8 / 2.56875, 10);
  });

  it('weights by team size with Kish’s effective n when asked', () => {
    // Weighted r = 0.9250109060889291, n_eff = 78²/820 = 7.4195, Fisher → [0.598203, 0.988000].
    const r = linkTeams(points, { primary: 'weighted-pearson' });
    expect(r.primary.method).toBe('weighted-pearson');
    expect(r.primary.r).toBeCloseTo(0.9250109060889291, 12);
    expect(r.primary.nEffective).toBeCloseTo(6084 / 820, 12);
    expect(r.primary.interval?.low).toBeCloseTo(0.5982027762400286, 10);
    expect(r.primary.interval?.high).toBeCloseTo(0.9880002772143216, 10);
    expect(r.line?.slope).toBeCloseTo(10.677795075823099, 10);
    const unweighted = points.map(({ teamId, x, y }) => ({ teamId, x, y }));
    expect(linkTeams(unweighted).weightedPearson).toBeNull();
    expect(() => linkTeams(unweighted, { primary: 'weighted-pearson' })).toThrow(/weight/);
  });

  it('uses the seeded bootstrap for three teams and says when a link is not distinguishable from none', () => {
    const three = points.slice(0, 3);
    const a = linkTeams(three, { seed: 9 });
    expect(a.pearson.intervalMethod).toBe('bootstrap');
    expect(linkTeams(three, { seed: 9 }).pearson.interval).toEqual(a.pearson.interval);
    expect(a.pearson.includesZero).toBe(true);
    expect(a.pearson.sentence).toMatch(/3 teams; not distinguishable from no link$/);
    expect(() => linkTeams(three, { interval: 'fisher' })).toThrow(/Fisher/);
  });

  it('can force the bootstrap on larger samples', () => {
    const r = linkTeams(points, { interval: 'bootstrap', seed: 3, resamples: 1000 });
    expect(r.pearson.intervalMethod).toBe('bootstrap');
    expect(r.pearson.interval!.low).toBeLessThanOrEqual(r.pearson.r!);
    expect(r.pearson.interval!.high).toBeGreaterThanOrEqual(r.pearson.r!);
  });

  it('says so when there are too few teams or no variation', () => {
    expect(linkTeams(points.slice(0, 2)).primary).toMatchObject({
      r: null,
      interval: null,
      sentence: 'too few teams to measure a link, 2 teams',
    });
    const flat = points.map((p) => ({ ...p, y: 80 }));
    expect(linkTeams(flat).primary.sentence).toBe(
      'no link can be measured: the teams do not differ, 8 teams',
    );
    expect(linkTeams([]).n).toBe(0);
  });
});
