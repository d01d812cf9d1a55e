import type { CustomerJourneyDto, EmotionMapDto, EngagementSettingsDto } from '@rapport/contracts';
import { loadSettings } from '@rapport/config';
import { describeEachDialect, FakeClock, idsFor, keywordAnalyzer } from '@rapport/testing';
import { createRapportRegistry, createWorker, type Worker } from '@rapport/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';
import { addUser, signIn } from '../../testing/sessions.ts';

describeEachDialect('journey API', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let worker: Worker;
  const id: Record<string, string> = {};
  const clock = new FakeClock('2026-04-01T09:00:00.000Z');

  const create = async (url: string, body: Record<string, unknown>) =>
    (await ws.json<{ id: string }>('POST', url, body)).id;

  beforeAll(async () => {
    const ids = idsFor(clock);
    api = await testApi(db().store, { clock, ids });
    ws = await api.workspace('Journey');
    worker = createWorker({
      store: db().store,
      registry: createRapportRegistry({ analyzer: keywordAnalyzer() }),
      clock,
      ids,
      settings: loadSettings({ LOG_LEVEL: 'silent' }),
      concurrency: 1,
    });
    id.vip = await create('/api/v1/customers', { name: 'Vera', segment: 'vip' });
    id.std = await create('/api/v1/customers', { name: 'Sam', segment: 'standard' });
    id.prices = await create('/api/v1/interactions', {
      customerId: id.vip,
      channel: 'chat',
      stage: 'consideration',
      occurredAt: '2026-03-01T10:00:00Z',
      outcome: 'info',
      transcript: [
        { speaker: 'customer', text: 'How much is the premium plan?' },
        { speaker: 'agent', text: 'It is 12 a month.' },
        { speaker: 'customer', text: 'Great, thanks!' },
      ],
    });
    id.parcel = await create('/api/v1/interactions', {
      customerId: id.vip,
      channel: 'chat',
      stage: 'support',
      occurredAt: '2026-03-10T10:00:00Z',
      outcome: 'resolved',
      transcript: [
        {
          speaker: 'customer',
          text: 'Where is my parcel? It never came.',
          at: '2026-03-10T10:00:00Z',
        },
        {
          speaker: 'agent',
          text: 'Thanks for your patience, checking now.',
          at: '2026-03-10T10:01:00Z',
        },
        { speaker: 'customer', text: 'haha fine, thank you!', at: '2026-03-10T10:05:00Z' },
      ],
    });
    id.call = await create('/api/v1/interactions', {
      customerId: id.std,
      channel: 'phone',
      stage: 'support',
      occurredAt: '2026-03-20T10:00:00Z',
      outcome: 'unresolved',
      note: 'Customer was furious: had to call three times.',
    });
    await worker.drain();
  });
  afterAll(() => api.close());

  const map = (query = '') => ws.json<EmotionMapDto>('GET', `/api/v1/journey/emotions${query}`);
  const row = (m: EmotionMapDto, stage: string) => m.rows.find((r) => r.stage === stage);

  it('maps stage × emotion over the customer side, stages in the workspace order', async () => {
    const m = await map();
    expect(m.stages.slice(0, 7)).toEqual([
      'awareness',
      'consideration',
      'purchase',
      'onboarding',
      'usage',
      'support',
      'renewal',
    ]);
    expect(row(m, 'consideration')?.n).toBe(2);
    const support = row(m, 'support');
    expect(support).toMatchObject({ n: 3, status: 'too_few' });
    expect(support?.ekman.anger).toEqual({ count: 2, share: null, interval: null });
    expect(support?.sentiment.positive?.count).toBe(1);
    expect(m.total).toBe(5);

    await ws.json('PATCH', '/api/v1/settings', { minResponses: 1 });
    const shared = row(await map(), 'support');
    expect(shared?.ekman.anger?.share).toBe(66.7);
    expect(shared?.ekman.joy?.share).toBe(33.3);
    expect(shared?.sentiment.negative?.interval?.low).toBeGreaterThan(0);
  });

  it('filters by speaker, segment, channel and period', async () => {
    expect(row(await map('?speaker=agent'), 'support')?.n).toBe(1);
    expect(row(await map('?speaker=all'), 'support')?.n).toBe(4);
    expect(row(await map('?segment=standard'), 'support')?.n).toBe(1);
    expect(row(await map('?segment=nobody'), 'support')?.n).toBe(0);
    expect(row(await map('?channel=phone'), 'consideration')?.n).toBe(0);
    const march = await map('?from=2026-03-05T00:00:00Z&to=2026-03-15T00:00:00Z');
    expect([row(march, 'consideration')?.n, row(march, 'support')?.n]).toEqual([0, 2]);
    const bad = await ws.call(
      'GET',
      '/api/v1/journey/emotions?from=2026-03-05T00:00:00Z&to=2026-03-01T00:00:00Z',
    );
    expect(bad.statusCode).toBe(422);
    expect((await ws.call('GET', '/api/v1/journey/emotions?speaker=robot')).statusCode).toBe(422);
  });

  it("gives a customer's touchpoints in order, each message's emotions and the engagement before and after", async () => {
    const j = await ws.json<CustomerJourneyDto>('GET', `/api/v1/customers/${id.vip}/journey`);
    expect(j.touchpoints.map((t) => [t.interactionId, t.stage])).toEqual([
      [id.prices, 'consideration'],
      [id.parcel, 'support'],
    ]);
    const parcel = j.touchpoints[1];
    expect(parcel?.signals.map((s) => [s.seq, s.speaker, s.sentiment])).toEqual([
      [0, 'customer', 'negative'],
      [1, 'agent', 'positive'],
      [2, 'customer', 'positive'],
    ]);
    expect(parcel?.signals[0]?.top[0]?.label).toBe('annoyance');
    expect(parcel?.signals[2]?.top.map((e) => e.label)).toEqual(['gratitude', 'amusement']);
    expect(parcel?.emotions?.first).toBeLessThan(0);
    expect(parcel?.emotions?.last).toBeGreaterThan(0);
    expect(j.touchpoints[0]?.engagement?.before).toBe(50);
    expect(parcel?.engagement?.before).toBe(j.touchpoints[0]?.engagement?.after);
    expect(parcel?.engagement?.delta).toBeGreaterThan(0);
    expect(j.engagementScore).toBe(parcel?.engagement?.after);
    const limited = await ws.json<CustomerJourneyDto>(
      'GET',
      `/api/v1/customers/${id.vip}/journey?limit=1`,
    );
    expect([limited.truncated, limited.touchpoints[0]?.interactionId]).toEqual([true, id.parcel]);
    const missing = await ws.call(
      'GET',
      '/api/v1/customers/cus_00000000000000000000000000/journey',
    );
    expect(missing.statusCode).toBe(404);
  });

  it('keeps engagement weights per workspace and rescores everyone when they change', async () => {
    const before = await ws.json<EngagementSettingsDto>('GET', '/api/v1/settings/engagement');
    expect(before.outcome.unresolved).toBe(-6);
    const scoreOf = async () =>
      (await ws.json<{ engagementScore: number }>('GET', `/api/v1/customers/${id.std}`))
        .engagementScore;
    const old = await scoreOf();
    const next = await ws.json<EngagementSettingsDto>('PATCH', '/api/v1/settings/engagement', {
      outcome: { unresolved: -20 },
    });
    expect(next.outcome).toMatchObject({ unresolved: -20, resolved: 4 });
    await worker.drain();
    expect(await scoreOf()).toBeLessThan(old);
    const bad = await ws.call('PATCH', '/api/v1/settings/engagement', {
      survey: { nps: { neutral: 2 } },
    });
    expect(bad.statusCode).toBe(422);
    const agent = await signIn(api.app, await addUser(ws, 'agent'));
    expect(
      (await agent.call('PATCH', '/api/v1/settings/engagement', { emotion: 1 })).statusCode,
    ).toBe(403);
    expect((await agent.call('GET', '/api/v1/journey/emotions')).statusCode).toBe(200);
  });
});
