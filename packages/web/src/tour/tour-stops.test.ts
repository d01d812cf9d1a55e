import { describe, expect, test } from 'vitest';
import type { DemoStoryDto } from '@rapport/contracts';
import { canOpen, tourStops } from './tour-stops.ts';

const story = (s: Partial<DemoStoryDto> & Pick<DemoStoryDto, 'key'>): DemoStoryDto => ({
  customerId: null,
  interactionIds: [],
  caseId: null,
  praiseId: null,
  employeeIds: [],
  teamIds: [],
  period: null,
  ...s,
});

const FIVE: DemoStoryDto[] = [
  story({
    key: 'compliment',
    customerId: 'cus_1',
    interactionIds: ['int_1', 'int_2'],
    employeeIds: ['emp_b'],
    caseId: 'cas_9',
  }),
  story({ key: 'red-flag', customerId: 'cus_2', interactionIds: ['int_3'], caseId: 'cas_1' }),
  story({ key: 'unbroken-chain', teamIds: ['tm_1'], period: '2026-Q3' }),
  story({ key: 'battery', customerId: 'cus_4', interactionIds: ['int_4'] }),
  story({ key: 'thor-and-odin', customerId: 'cus_5', interactionIds: ['int_5'] }),
];

describe('the tour’s stops', () => {
  test('each story opens on the screen that tells it, in story order', () => {
    const stops = tourStops(FIVE, 'admin');
    const byKey = Object.fromEntries(stops.map((s) => [s.key, s]));
    expect(byKey.compliment?.href).toBe('/customers/cus_1');
    expect(byKey.battery?.href).toBe('/customers/cus_4');
    expect(byKey['thor-and-odin']?.href).toBe('/customers/cus_5#touchpoint-int_5');
    // The case screen when the app has it, else Michael's SMS conversation in his history.
    expect(byKey['red-flag']?.href).toBe(
      canOpen('/cases/cas_1', 'admin') ? '/cases/cas_1' : '/customers/cus_2#touchpoint-int_3',
    );
    // The chain waits for its screen.
    if (canOpen('/chain', 'admin'))
      expect(byKey['unbroken-chain']?.href).toBe('/chain?period=2026-Q3');
    else expect(byKey['unbroken-chain']).toBeUndefined();
    // More screens that tell part of a story, only those the app has.
    const also = byKey.compliment?.also.map((l) => l.href) ?? [];
    for (const href of ['/praise?view=person&employee=emp_b', '/cases/cas_9'])
      expect(also.includes(href)).toBe(canOpen(href, 'admin'));
    expect(byKey['thor-and-odin']?.also.map((l) => l.href)).toEqual(['/journey']);
    const order = ['compliment', 'red-flag', 'unbroken-chain', 'battery', 'thor-and-odin'];
    expect(stops.map((s) => s.key)).toEqual(order.filter((k) => k in byKey));
    for (const s of stops) {
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.seed).toMatch(/^seeds\/00[0-4]$/);
      expect(canOpen(s.href, 'admin')).toBe(true);
    }
  });

  test('only screens that exist: unknown paths are never linked', () => {
    expect(canOpen('/customers/cus_1#touchpoint-int_1', 'agent')).toBe(true);
    expect(canOpen('/no-such-screen', 'admin')).toBe(false);
    expect(canOpen('/customers/a/b', 'admin')).toBe(false);
  });

  test('a story without its rows is left out', () => {
    const stops = tourStops([story({ key: 'battery' }), story({ key: 'compliment' })], 'analyst');
    expect(stops).toEqual([]);
  });

  test('a role only gets stops it may open', () => {
    for (const role of ['admin', 'analyst', 'manager', 'agent'] as const)
      for (const s of tourStops(FIVE, role)) expect(canOpen(s.href, role)).toBe(true);
  });
});
