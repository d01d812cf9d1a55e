import { describe, expect, test } from 'vitest';
import { reasonDetail } from './reason-detail.ts';

describe('the detail of an engagement reason, in words', () => {
  test('says outcomes and expectations as the rest of the card does', () => {
    expect(reasonDetail({ factor: 'outcome', detail: 'abandoned', points: -6 })).toBe('Abandoned');
    expect(reasonDetail({ factor: 'outcome', detail: 'info', points: 0 })).toBe(
      'Information given',
    );
    expect(
      reasonDetail({ factor: 'expectation', detail: 'failed (interaction)', points: -8 }),
    ).toBe('Expectations failed, as recorded on the interaction');
    expect(reasonDetail({ factor: 'expectation', detail: 'exceeded (survey)', points: 5 })).toBe(
      'Expectations exceeded, as the customer answered',
    );
  });
  test('says the cap as a limit, with a true minus sign elsewhere', () => {
    expect(reasonDetail({ factor: 'cap', detail: 'impulse capped at -30.00', points: 0.4 })).toBe(
      'one touchpoint moves the score by at most 30 points',
    );
    expect(
      reasonDetail({
        factor: 'emotion',
        detail: 'annoyance; valence -0.73 over 2 texts',
        points: -7,
      }),
    ).toBe('annoyance; valence −0.73 over 2 texts');
  });
  test('keeps a detail it does not know as it came', () => {
    expect(reasonDetail({ factor: 'outcome', detail: 'something new', points: 0 })).toBe(
      'something new',
    );
  });
});
