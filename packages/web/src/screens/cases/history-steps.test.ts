import { describe, expect, test } from 'vitest';
import type { CaseEvent } from '@rapport/contracts';
import { historySteps } from './history-steps.ts';

let seq = 0;
const ev = (kind: string, data: Record<string, unknown> = {}, day = seq + 1): CaseEvent => ({
  seq: ++seq,
  at: `2026-08-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  kind,
  actorKind: 'system',
  actorId: 'system',
  data,
});
const reminder = (to = 'emp_vp', level = 2) =>
  ev('escalated', { to, level, reminder: true, slaDueAt: '2026-09-01T09:00:00.000Z' });

describe('the case history folds reminders in a row', () => {
  test('reminders to the same person at the same level become one step with a count', () => {
    const opened = ev('opened');
    const up = ev('escalated', { to: 'emp_head', level: 1 });
    const r = [reminder(), reminder(), reminder()];
    const steps = historySteps([opened, up, ...r]);
    expect(steps.map((s) => [s.event.seq, s.count])).toEqual([
      [opened.seq, 1],
      [up.seq, 1],
      [r[2]!.seq, 3],
    ]);
    expect(steps[2]!.firstAt).toBe(r[0]!.at);
  });

  test('anything between reminders, or a different person, starts a new step', () => {
    const a = reminder();
    const note = ev('note');
    const b = reminder();
    const c = reminder('emp_ceo', 3);
    const steps = historySteps([a, note, b, c]);
    expect(steps.map((s) => s.count)).toEqual([1, 1, 1, 1]);
  });

  test('first breaches are never folded, even in a row', () => {
    const steps = historySteps([
      ev('escalated', { to: 'emp_head', level: 1 }),
      ev('escalated', { to: 'emp_head', level: 1 }),
    ]);
    expect(steps.map((s) => s.count)).toEqual([1, 1]);
  });
});
