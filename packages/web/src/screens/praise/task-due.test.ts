import { describe, expect, test } from 'vitest';
import { taskDue } from './task-due.ts';

const NOW = Date.parse('2026-11-24T12:00:00.000Z');

describe('when a follow-up is due', () => {
  test('an open one not yet due shows its date', () => {
    expect(taskDue({ status: 'open', dueAt: '2026-11-26T09:00:00.000Z' }, NOW)).toMatchObject({
      overdue: false,
      text: expect.stringMatching(/^due /),
    });
  });

  test('an open one past its date says by how long', () => {
    const a = taskDue({ status: 'open', dueAt: '2026-10-09T12:00:00.000Z' }, NOW);
    expect(a).toMatchObject({
      overdue: true,
      text: expect.stringMatching(/^overdue by 46 days \(due /),
    });
    expect(taskDue({ status: 'open', dueAt: '2026-11-23T11:00:00.000Z' }, NOW)?.text).toMatch(
      /^overdue by 1 day /,
    );
    expect(taskDue({ status: 'open', dueAt: '2026-11-24T08:00:00.000Z' }, NOW)?.text).toMatch(
      /^overdue by less than a day /,
    );
  });

  test('a done one is never overdue, and no date says nothing', () => {
    expect(taskDue({ status: 'done', dueAt: '2026-10-09T12:00:00.000Z' }, NOW)?.overdue).toBe(
      false,
    );
    expect(taskDue({ status: 'open', dueAt: null }, NOW)).toBeNull();
  });
});
