import { describe, expect, test } from 'vitest';
import { knownSince } from './CustomerSummary.tsx';

describe('since when a customer is known', () => {
  test('the first touchpoint when it is older than the record (imported history)', () => {
    expect(knownSince('2026-11-24T10:00:00.000Z', '2026-06-02T08:00:00.000Z')).toEqual({
      at: '2026-06-02T08:00:00.000Z',
      from: 'first touchpoint',
    });
  });

  test('the day the record was added otherwise, or while the history loads', () => {
    const added = { at: '2026-03-01T10:00:00.000Z', from: 'added' };
    expect(knownSince('2026-03-01T10:00:00.000Z', '2026-04-02T08:00:00.000Z')).toEqual(added);
    expect(knownSince('2026-03-01T10:00:00.000Z', undefined)).toEqual(added);
  });
});
