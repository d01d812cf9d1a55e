import { recordDemoStories, systemCtx, type DemoStories } from '@rapport/core';
import type { DemoStoriesDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';
import { addUser, signIn } from '../../testing/sessions.ts';

const RECORD: DemoStories = {
  seed: 3,
  generatedAt: '2026-11-23T15:00:00.000Z',
  until: '2026-11-23T00:00:00.000Z',
  stories: [
    {
      key: 'battery',
      customerId: 'cus_4',
      interactionIds: ['int_9', 'int_8'],
      caseId: null,
      praiseId: 'prs_1',
      employeeIds: ['emp_1', 'emp_2'],
      teamIds: [],
      period: null,
    },
    {
      key: 'compliment',
      customerId: 'cus_1',
      interactionIds: ['int_1'],
      caseId: 'cas_1',
      praiseId: 'prs_0',
      employeeIds: ['emp_3'],
      teamIds: [],
      period: null,
    },
  ],
};

describeEachDialect('demo stories API', (db) => {
  let api: TestApi;
  let demo: TestWorkspace;
  let plain: TestWorkspace;

  beforeAll(async () => {
    api = await testApi(db().store);
    demo = await api.workspace('Demo');
    plain = await api.workspace('Plain');
    await db().store.write((r) =>
      recordDemoStories({ r, clock: api.clock, ids: api.ids }, systemCtx(demo.id), RECORD),
    );
  });
  afterAll(() => api.close());

  it('answers where each story is, in story order, to every role', async () => {
    const got = await demo.json<DemoStoriesDto>('GET', '/api/v1/demo/stories');
    expect(got).toMatchObject({ demo: true, seed: 3, until: RECORD.until });
    expect(got.stories.map((s) => s.key)).toEqual(['compliment', 'battery']);
    expect(got.stories[1]).toEqual(RECORD.stories[0]);
    const agent = await signIn(api.app, await addUser(demo, 'agent'));
    const res = await agent.call('GET', '/api/v1/demo/stories');
    expect(res.statusCode).toBe(200);
    expect(res.json<DemoStoriesDto>().stories).toHaveLength(2);
  });

  it('a workspace not made by rapport demo has none, and never sees another’s', async () => {
    expect(await plain.json('GET', '/api/v1/demo/stories')).toEqual({
      demo: false,
      seed: null,
      generatedAt: null,
      until: null,
      stories: [],
    });
    expect((await api.app.inject({ method: 'GET', url: '/api/v1/demo/stories' })).statusCode).toBe(
      401,
    );
  });

  it('the stories survive a settings change, and a repeated story is refused', async () => {
    await demo.json('PATCH', '/api/v1/settings', { contactWindowDays: 5 });
    expect((await demo.json<DemoStoriesDto>('GET', '/api/v1/demo/stories')).demo).toBe(true);
    const twice = { ...RECORD, stories: [RECORD.stories[0], RECORD.stories[0]] } as DemoStories;
    await expect(
      db().store.write((r) =>
        recordDemoStories({ r, clock: api.clock, ids: api.ids }, systemCtx(demo.id), twice),
      ),
    ).rejects.toThrow(/repeated story battery/);
  });
});
