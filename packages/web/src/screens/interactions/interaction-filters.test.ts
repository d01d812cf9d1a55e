import { describe, expect, test } from 'vitest';
import {
  activeFilterCount,
  filterProblem,
  filtersFromSearch,
  filtersToQuery,
  filtersToSearch,
} from './interaction-filters.ts';

describe('interaction filters', () => {
  test('read from the URL, ignoring values that are not valid', () => {
    const f = filtersFromSearch(
      new URLSearchParams(
        'channel=chat&outcome=evil&stage=support&team=team_1&from=2026-01-05&to=junk&mine=0',
      ),
      true,
    );
    expect(f).toEqual({
      channel: 'chat',
      outcome: undefined,
      stage: 'support',
      teamId: 'team_1',
      from: '2026-01-05',
      to: undefined,
      mine: false,
    });
    expect(filtersFromSearch(new URLSearchParams('channel=<script>'), true)).toMatchObject({
      channel: undefined,
      mine: true,
    });
  });

  test('written back to the URL without defaults, and round-trip', () => {
    const f = { channel: 'sms' as const, mine: true, from: '2026-02-01' };
    const search = filtersToSearch(f, true);
    expect(search).toEqual({
      channel: 'sms',
      stage: undefined,
      outcome: undefined,
      team: undefined,
      from: '2026-02-01',
      to: undefined,
      mine: undefined,
    });
    const url = new URLSearchParams(
      Object.entries(search).filter((e): e is [string, string] => e[1] !== undefined),
    );
    expect(filtersFromSearch(url, true)).toMatchObject(f);
    expect(filtersToSearch({ mine: true }, false).mine).toBe('1');
  });

  test('become an API query: local days to instants, "mine" to the employee', () => {
    const q = filtersToQuery({ from: '2026-03-01', to: '2026-03-01', mine: true }, 'emp_7');
    expect(Date.parse(q.to ?? '') - Date.parse(q.from ?? '')).toBe(24 * 3600_000);
    expect(q.employeeId).toBe('emp_7');
    expect(filtersToQuery({ mine: true }, null).employeeId).toBeUndefined();
  });

  test('a range that ends before it starts is a problem; counting what is active', () => {
    expect(filterProblem({ from: '2026-03-02', to: '2026-03-01', mine: false })).toMatch(/after/);
    expect(filterProblem({ from: '2026-03-01', to: '2026-03-01', mine: false })).toBeUndefined();
    expect(activeFilterCount({ channel: 'chat', stage: 'usage', mine: true })).toBe(2);
  });
});
