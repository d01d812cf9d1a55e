import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_MIB } from './dialect.ts';
import { openStore } from './store.ts';

describe('SQLite page cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is bounded by the default, or by the size the opener asks for', async () => {
    const path = join(dir, 'r.db');
    for (const [opts, kib] of [
      [{}, DEFAULT_CACHE_MIB * 1024],
      [{ cacheMiB: 2 }, 2048],
    ] as const) {
      const store = await openStore({ dialect: 'sqlite', path }, opts);
      try {
        expect(store.sqlite?.pragma('cache_size', { simple: true })).toBe(-kib);
      } finally {
        await store.close();
      }
    }
  });
});
