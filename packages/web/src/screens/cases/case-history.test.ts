import { describe, expect, test } from 'vitest';
import type { CaseEvent } from '@rapport/contracts';
import { describeEvent } from './case-history.ts';

const names: Record<string, string> = { emp_head: 'Hannah Head', emp_vp: 'Victor Vice' };
const name = (id: string) => names[id];
const escalated = (data: Record<string, unknown>): CaseEvent => ({
  seq: 3,
  at: '2026-01-06T17:00:30.000Z',
  kind: 'escalated',
  actorKind: 'system',
  actorId: 'system',
  data,
});

describe('a case’s SLA steps in words', () => {
  test('a breach climbs one level, to a named manager', () => {
    expect(describeEvent(escalated({ level: 1, to: 'emp_head' }), name)).toBe(
      'SLA breached: escalated to Hannah Head (level 1).',
    );
  });

  test('a breach at the top of the chain reminds the top manager', () => {
    const text = describeEvent(
      escalated({ level: 2, to: 'emp_vp', reminder: true, slaDueAt: '2026-01-07T17:00:30.000Z' }),
      name,
    );
    expect(text).toMatch(
      /^SLA missed again: Victor Vice reminded \(level 2, the top of the chain\); now due /,
    );
  });

  test('an escalation to nobody above the owner says so', () => {
    expect(describeEvent(escalated({ level: 1, to: null }), name)).toBe(
      'SLA breached: escalated to nobody (level 1).',
    );
  });
});

describe('reminders folded into one step', () => {
  test('say how many times the top of the chain was reminded', () => {
    const text = describeEvent(escalated({ level: 2, to: 'emp_vp', reminder: true }), name, 30);
    expect(text).toBe(
      'SLA missed again 30 times: Victor Vice reminded each time (level 2, the top of the chain).',
    );
  });
});
