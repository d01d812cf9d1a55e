import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

interface Problem {
  status: number;
  errors: Array<{ field: string; message: string }>;
}

describeEachDialect('workspace settings API', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace();
  });
  afterAll(() => api.close());

  it('refuses a journey stage named twice, at the second, and keeps the stages as they were', async () => {
    const before = await ws.json<{ journeyStages: string[] }>('GET', '/api/v1/settings');
    const res = await ws.call('PATCH', '/api/v1/settings', {
      journeyStages: ['awareness', 'support', 'renewal', 'support'],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors).toEqual([
      { field: 'journeyStages[3]', message: '“support” is already a stage' },
    ]);
    // Spaces around a name are trimmed first: " support " is "support" again.
    const spaced = await ws.call('PATCH', '/api/v1/settings', {
      journeyStages: ['support', ' support '],
    });
    expect(spaced.statusCode).toBe(422);
    expect(spaced.json<Problem>().errors[0]?.field).toBe('journeyStages[1]');
    expect(await ws.json('GET', '/api/v1/settings')).toEqual(before);

    const ok = await ws.json<{ journeyStages: string[] }>('PATCH', '/api/v1/settings', {
      journeyStages: ['support', 'renewal'],
    });
    expect(ok.journeyStages).toEqual(['support', 'renewal']);
  });
});
