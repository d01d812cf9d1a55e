import { describe, expect, it } from 'vitest';
import { emotionMap, stageOrder } from './emotion-map.ts';

describe('emotionMap', () => {
  const counts = [
    { stage: 'support', sentiment: 'negative', ekman: ['anger'], n: 6 },
    { stage: 'support', sentiment: 'ambiguous', ekman: ['anger', 'joy'], n: 2 },
    { stage: 'support', sentiment: 'positive', ekman: ['joy'], n: 4 },
    { stage: 'purchase', sentiment: 'positive', ekman: ['joy'], n: 3 },
    { stage: 'returns', sentiment: 'neutral', ekman: ['neutral'], n: 12 },
    { stage: null, sentiment: 'neutral', ekman: ['neutral'], n: 5 },
  ];
  const map = emotionMap(counts, ['consideration', 'purchase', 'support'], 10);

  it('keeps the workspace order of stages, then the others, empty stages included', () => {
    expect(map.stages).toEqual(['consideration', 'purchase', 'support', 'returns']);
    expect(map.rows.map((r) => [r.stage, r.n, r.status])).toEqual([
      ['consideration', 0, 'empty'],
      ['purchase', 3, 'too_few'],
      ['support', 12, 'ok'],
      ['returns', 12, 'ok'],
    ]);
    expect([map.total, map.unstaged]).toEqual([32, 5]);
  });

  it('counts a text in every Ekman group it shows, and in its one sentiment', () => {
    const support = map.rows.find((r) => r.stage === 'support');
    expect(support?.ekman.anger).toMatchObject({ count: 8, share: 66.7 });
    expect(support?.ekman.joy).toMatchObject({ count: 6, share: 50 });
    expect(support?.ekman.fear).toMatchObject({ count: 0, share: 0 });
    const shares = Object.values(support?.sentiment ?? {}).map((c) => c.share ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    const i = support?.ekman.anger?.interval;
    expect(i && i.low < 66.7 && i.high > 66.7).toBe(true);
  });

  it('withholds shares below the minimum n but gives the counts', () => {
    const purchase = map.rows.find((r) => r.stage === 'purchase');
    expect(purchase?.ekman.joy).toEqual({ count: 3, share: null, interval: null });
  });
});

describe('stageOrder', () => {
  it('appends unknown stages alphabetically, once', () => {
    expect(stageOrder(['a', 'b'], ['z', 'b', 'c', 'z'])).toEqual(['a', 'b', 'c', 'z']);
  });
});
