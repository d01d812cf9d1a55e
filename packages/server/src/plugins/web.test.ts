import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachDialect } from '@rapport/testing';
import { expect, it } from 'vitest';
import { testApi } from '../testing/harness.ts';

describeEachDialect('serving the web app', (db) => {
  it('serves index.html for client routes, revalidated; hashed assets cached for good', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'rapport-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Rapport</title>');
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    const api = await testApi(db().store, { env: { WEB_DIST: dist } });
    try {
      const page = await api.app.inject({ url: '/customers/cus_123' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Rapport</title>');
      expect(page.headers['cache-control']).toBe('no-cache');
      const index = await api.app.inject({ url: '/index.html' });
      expect(index.headers['cache-control']).toBe('no-cache');
      const asset = await api.app.inject({ url: '/assets/app-1a2b3c.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await api.app.inject({ url: '/api/v1/nope' })).headers['content-type']).toMatch(
        /problem\+json/,
      );
    } finally {
      await api.close();
    }
  });
});
