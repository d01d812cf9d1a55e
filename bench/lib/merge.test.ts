import { describe, expect, it } from 'vitest';
import { describeMerge, mergedTimes } from './merge.ts';

const row = (workload: string) => ({ workload }) as never;

describe('--merge provenance', () => {
  it('gives the kept rows the time of their own run, even after an earlier merge', () => {
    const full = { date: 'T1', rows: [row('1 ingest'), row('5 text'), row('8 web')] };
    const first = mergedTimes(full, new Set(['5 text']), 'T2');
    expect(first).toEqual({ '1 ingest': 'T1', '8 web': 'T1', '5 text': 'T2' });
    // the merged report's own date is the second run's; its other rows are still T1's
    const second = mergedTimes(
      { date: 'T2', rows: full.rows, measuredAt: first },
      new Set(['5 text']),
      'T3',
    );
    expect(second).toEqual({ '1 ingest': 'T1', '8 web': 'T1', '5 text': 'T3' });
  });

  it('names each run once with its workloads, newest first', () => {
    expect(describeMerge({ '8 web': 'T1', '5 text': 'T3', '1 ingest': 'T1' })).toBe(
      'rows of 5 text from a run at T3; of 1 ingest, 8 web from a run at T1',
    );
  });
});
