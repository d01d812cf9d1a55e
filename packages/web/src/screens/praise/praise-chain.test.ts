import { describe, expect, test } from 'vitest';
import { praiseChain, stepWords } from './praise-chain.ts';

describe('the way up of a compliment, in words', () => {
  test('says how far up each person is, not a level number', () => {
    const at = '2026-11-23T10:20:00.000Z';
    const steps = praiseChain(
      {
        deliveries: [
          {
            employeeId: 'e_vp',
            level: 2,
            via: 'passed_up',
            passedBy: 'e_lead',
            note: null,
            deliveredAt: at,
          },
          {
            employeeId: 'e_lead',
            level: 1,
            via: 'manager',
            passedBy: null,
            note: null,
            deliveredAt: at,
          },
          {
            employeeId: 'e_agent',
            level: 0,
            via: 'praised',
            passedBy: null,
            note: null,
            deliveredAt: at,
          },
        ],
      },
      (id) => ({ e_lead: 'Noah Fischer' })[id],
    );
    expect(steps.map(stepWords)).toEqual([
      'praised',
      'their manager, 1 level up',
      'passed up by Noah Fischer, 2 levels up',
    ]);
  });
});
