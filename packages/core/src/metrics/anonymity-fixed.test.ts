import { describe, expect, it } from 'vitest';
import { suppressTable } from './anonymity.ts';

// A quarter closing over months already published: the months keep their decisions, and only the
// new quarter cells may be hidden to protect them.
describe('suppressTable with fixed (already published) cells', () => {
  const cells = [
    { key: 'jul:a', n: 6, fixed: 'shown' as const },
    { key: 'aug:a', n: 3, fixed: 'hidden' as const },
    { key: 'jul:*', n: 6, fixed: 'shown' as const },
    { key: 'aug:*', n: 3, fixed: 'hidden' as const },
    { key: 'q:a', n: 9 },
    { key: 'q:*', n: 9 },
  ];
  const lines = [
    { total: 'q:a', members: ['jul:a', 'aug:a'] },
    { total: 'q:*', members: ['jul:*', 'aug:*'] },
    { total: 'q:*', members: ['q:a'] },
  ];

  it('keeps fixed decisions and hides new cells instead', () => {
    const r = suppressTable(cells, lines);
    expect(r.shown).toContain('jul:a');
    expect(r.hidden).toContain('aug:a');
    // q:a − jul:a would be August's 3: both quarter cells must go.
    expect(r.hidden).toEqual(expect.arrayContaining(['q:a', 'q:*']));
    expect(r.cells.find((c) => c.key === 'q:a')?.reason).toBe('complementary');
  });

  it('without the locks would rather hide the published month', () => {
    const free = suppressTable(
      cells.map(({ key, n }) => ({ key, n })),
      lines,
    );
    expect(free.hidden).toContain('jul:a');
  });

  it('refuses a small cell fixed as shown', () => {
    expect(() => suppressTable([{ key: 'x', n: 2, fixed: 'shown' }], [])).toThrow(/fixed as shown/);
  });
});
