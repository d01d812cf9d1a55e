import { loadSettings } from '@rapport/config';
import { relationshipNpsSurvey, systemClock, systemIds } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { expect, it } from 'vitest';
import { bootstrapWorkspace } from './auth/bootstrap.ts';
import { startServer } from './listen.ts';

describeEachDialect('a real listening server', (db) => {
  it('serves the API over TCP and drains on close', async () => {
    const { store } = db();
    const { apiKey } = await bootstrapWorkspace(
      store,
      { clock: systemClock, ids: systemIds() },
      'Over TCP',
    );
    const settings = loadSettings({ PORT: '0', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
    const server = await startServer(settings, {
      store: { ...store, close: async () => undefined },
    });
    try {
      const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
      const created = await fetch(`${server.url}/api/v1/customers`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Over the wire' }),
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('x-request-id')).toBeTruthy();
      const list = (await (
        await fetch(`${server.url}/api/v1/customers?q=wire`, { headers })
      ).json()) as { items: unknown[] };
      expect(list.items).toHaveLength(1);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      // With PORT=0 the links Rapport hands out carry the port it actually bound.
      const survey = (await (
        await fetch(`${server.url}/api/v1/surveys`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ definition: relationshipNpsSurvey({ id: 'x' }), status: 'live' }),
        })
      ).json()) as { id: string };
      const link = (await (
        await fetch(`${server.url}/api/v1/surveys/${survey.id}/public-link`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ enabled: true }),
        })
      ).json()) as { url: string };
      expect(new URL(link.url).port).toBe(new URL(server.url).port);
      const problem = await fetch(`${server.url}/api/v1/nothing-here`);
      expect(problem.status).toBe(404);
      expect(problem.headers.get('content-type')).toMatch(/problem\+json/);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
