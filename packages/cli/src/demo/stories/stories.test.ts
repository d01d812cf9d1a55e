/**
 * The demo workspace holds DESIGN.md's five stories in the state each story describes, read
 * through the public API (a small demo: the stories are the same at any size; the chain's
 * flags on the full-size demo are checked in e2e/tour.test.ts). Per dialect.
 */
import type {
  CaseDetailDto,
  CustomerJourneyDto,
  DemoStoriesDto,
  DemoStoryDto,
  Interaction,
  PraiseDto,
  TaskDto,
} from '@rapport/contracts';
import { describeEachDialect, FakeClock, idsFor } from '@rapport/testing';
import { defaultTextAnalyzer } from '@rapport/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi } from '../../../../server/src/testing/harness.ts';
import { generateDemo, type DemoResult } from '../generate.ts';
import { MICHAEL_REPLIES } from './story2-red-flag.ts';
import { PASS_UP_NOTE } from './story1-compliment.ts';
import { VOICEMAIL_NOTE } from './story4-battery.ts';

/** Whether the product's text model reads texts in this build (the worker's analyzer). */
const MODEL = defaultTextAnalyzer !== null;

describeEachDialect('the five stories in the demo workspace', (db) => {
  let api: TestApi;
  let demo: DemoResult;
  const story: Partial<Record<DemoStoryDto['key'], DemoStoryDto>> = {};
  const clock = new FakeClock('2026-11-23T15:00:00.000Z');

  const get = async <T>(url: string): Promise<T> => {
    const res = await api.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${demo.apiKey}` },
    });
    if (res.statusCode !== 200) throw new Error(`GET ${url} → ${res.statusCode}: ${res.body}`);
    return res.json<T>();
  };
  const of = (key: DemoStoryDto['key']): DemoStoryDto => {
    const s = story[key];
    if (!s) throw new Error(`no story ${key}`);
    return s;
  };
  const employees = async () =>
    new Map(
      (
        await get<{ items: Array<{ id: string; name: string }> }>('/api/v1/employees?limit=200')
      ).items.map((e) => [e.name, e.id]),
    );
  const journey = (customerId: string) =>
    get<CustomerJourneyDto>(`/api/v1/customers/${customerId}/journey`);

  beforeAll(async () => {
    const ids = idsFor(clock);
    demo = await generateDemo(
      db().store,
      { clock, ids },
      { seed: 2, customers: 24, interactions: 40 },
    );
    api = await testApi(db().store, { clock, ids });
    const listed = await get<DemoStoriesDto>('/api/v1/demo/stories');
    expect(listed).toMatchObject({ demo: true, seed: 2, until: '2026-11-23T00:00:00.000Z' });
    for (const s of listed.stories) story[s.key] = s;
  }, 240_000);
  afterAll(() => api?.close());

  it('records all five, in story order', async () => {
    const listed = await get<DemoStoriesDto>('/api/v1/demo/stories');
    expect(listed.stories.map((s) => s.key)).toEqual([
      'compliment',
      'red-flag',
      'unbroken-chain',
      'battery',
      'thor-and-odin',
    ]);
    expect(demo.stories).toHaveLength(5);
  });

  it('1: the praise reaches Beatrice and her lead, who passes it up with a note; engagement climbs, then falls', async () => {
    const s = of('compliment');
    const people = await employees();
    const [beatrice, lead, marcus] = s.employeeIds;
    expect(beatrice).toBe(people.get('Beatrice Lowe'));
    expect(marcus).toBe(people.get('Marcus Reid'));
    const praise = await get<PraiseDto>(`/api/v1/praise/${s.praiseId}`);
    expect(praise).toMatchObject({
      source: 'colleague',
      subjectIds: [beatrice],
      customerId: s.customerId,
    });
    expect(praise.deliveries.map((d) => [d.employeeId, d.level, d.via])).toEqual([
      [beatrice, 0, 'praised'],
      [lead, 1, 'manager'],
      [marcus, 2, 'passed_up'],
    ]);
    expect(praise.deliveries[2]).toMatchObject({ passedBy: lead, note: PASS_UP_NOTE });
    // Routed once, although the call's words ask for it too.
    const all = await get<{ items: PraiseDto[] }>(`/api/v1/praise?customerId=${s.customerId}`);
    expect(all.items.map((p) => p.id)).toEqual([praise.id]);

    const j = await journey(s.customerId ?? '');
    const [power, dealer] = s.interactionIds.map((id) =>
      j.touchpoints.find((t) => t.interactionId === id),
    );
    expect(power?.engagement?.before).toBe(50);
    expect(power?.engagement?.delta).toBeGreaterThan(5);
    expect(dealer?.engagement?.before).toBe(power?.engagement?.after);
    expect(dealer?.engagement?.delta).toBeLessThan(-5);
    if (MODEL) {
      // The anger read in the advisor's call opened a case for the service manager, who acted.
      const c = await get<CaseDetailDto>(`/api/v1/cases/${s.caseId}`);
      expect(c).toMatchObject({
        ownerId: people.get('Ray Dawson'),
        interactionId: s.interactionIds[1],
        status: 'resolved',
      });
      expect(c.history.map((h) => h.kind)).toEqual(expect.arrayContaining(['opened', 'note']));
      expect(dealer?.engagement?.reasons.map((r) => r.factor)).toContain('emotion');
    } else expect(s.caseId).toBeNull();
  });

  it('2: the 1 is answered with an apology and a question; the case is the owner’s, Jessica keeps her 10s', async () => {
    const s = of('red-flag');
    const [jessica, owner, derek] = s.employeeIds;
    const c = await get<CaseDetailDto>(`/api/v1/cases/${s.caseId}`);
    expect(c).toMatchObject({ reason: 'churn_risk', ownerId: owner, status: 'resolved' });
    expect(c.ownerId).not.toBe(jessica);
    const note = c.history.find((h) => h.kind === 'note');
    expect(String(note?.data.text)).toMatch(/store visit on \d{4}-\d{2}-\d{2}/);

    const sms = await get<Interaction>(`/api/v1/interactions/${s.interactionIds[0]}`);
    expect(sms.channel).toBe('sms');
    const said = sms.messages.filter((m) => m.speaker === 'customer').map((m) => m.text);
    expect(said).toEqual([...MICHAEL_REPLIES]);
    const one = sms.messages.findIndex((m) => m.speaker === 'customer' && m.text === '1');
    const reply = sms.messages[one + 1];
    expect(reply?.speaker).toBe('bot');
    expect(reply?.text).not.toMatch(/sorry to hear/i);
    expect(reply?.text).toMatch(/sorry|apologi[sz]e/i);
    expect(reply?.text).toMatch(/\?/);

    const csat = await get<{
      cells: Array<{
        group: Record<string, string>;
        scale: string;
        figure: { value: number; n: number };
      }>;
    }>('/api/v1/metrics/csat?groupBy=agent&minN=1');
    expect(csat.cells.find((x) => x.group.agent === jessica)).toMatchObject({
      scale: '1–10',
      figure: { value: 100, n: 2 },
    });
    const perAgent = await api.app.inject({
      method: 'GET',
      url: '/api/v1/metrics/nps?groupBy=agent',
      headers: { authorization: `Bearer ${demo.apiKey}` },
    });
    expect(perAgent.statusCode).toBe(422);

    const history = await get<{ items: Interaction[] }>(
      `/api/v1/interactions?customerId=${s.customerId}`,
    );
    const visit = history.items.find((i) => i.id === s.interactionIds[1]);
    expect(visit).toMatchObject({ channel: 'in_store', employeeIds: [derek] });
  });

  it('3: the chain story names the quarter and the chain-broken teams the linkage view shows', async () => {
    const s = of('unbroken-chain');
    expect(s.period).toMatch(/^\d{4}-Q[1-4]$/);
    const linkage = await get<{ chain: { broken: Array<{ teamId: string }> } }>(
      `/api/v1/linkage?period=${s.period}&outcome=csat`,
    );
    expect(s.teamIds).toEqual(linkage.chain.broken.map((t) => t.teamId));
  });

  it('4: the night and the Contact Us feedback join Sam’s history; both are recognised; the thank-you is done', async () => {
    const s = of('battery');
    const history = await get<{ items: Interaction[] }>(
      `/api/v1/interactions?customerId=${s.customerId}`,
    );
    expect(history.items.map((i) => i.channel)).toEqual(
      expect.arrayContaining(['web', 'ivr', 'phone', 'field_visit']),
    );
    expect(history.items.find((i) => i.id === s.interactionIds[0])?.expectation).toBe('exceeded');
    const responses = await get<{
      items: Array<{
        channel: string;
        answers: Array<{ questionId: string; valueNum: number | null; valueText: string | null }>;
      }>;
    }>(`/api/v1/responses?customerId=${s.customerId}`);
    expect(responses.items).toHaveLength(1);
    const answers = Object.fromEntries(
      (responses.items[0]?.answers ?? []).map((a) => [a.questionId, a.valueText ?? a.valueNum]),
    );
    expect(answers).toMatchObject({ expectations: 'exceeded', ces: 7, csat: 5 });
    if (MODEL) {
      const [nadia, gareth, nadiaLead, garethLead] = s.employeeIds;
      const praise = await get<PraiseDto>(`/api/v1/praise/${s.praiseId}`);
      expect([...praise.subjectIds].sort()).toEqual([nadia, gareth].sort());
      expect(Object.fromEntries(praise.deliveries.map((d) => [d.employeeId, d.level]))).toEqual({
        [nadia as string]: 0,
        [gareth as string]: 0,
        [nadiaLead as string]: 1,
        [garethLead as string]: 1,
      });
      const tasks = await get<{ items: TaskDto[] }>(`/api/v1/tasks?praiseId=${praise.id}`);
      expect(tasks.items).toEqual([
        expect.objectContaining({
          kind: 'thank_customer',
          status: 'done',
          method: 'voicemail',
          note: VOICEMAIL_NOTE,
        }),
      ]);
      const followUp = history.items.find((i) => i.id === tasks.items[0]?.interactionId);
      expect(followUp?.attributes).toMatchObject({
        followUpMethod: 'voicemail',
        praiseId: praise.id,
      });
      const low = (await journey(s.customerId ?? '')).touchpoints.find(
        (t) => t.kind === 'response',
      );
      expect(low?.engagement?.reasons.map((r) => r.factor)).toEqual(
        expect.arrayContaining(['expectation', 'ces']),
      );
    } else expect(s.praiseId).toBeNull();
  });

  it('5: Thor and Odin — annoyance, amusement, gratitude; earlier chats on the journey; engagement rises', async () => {
    const s = of('thor-and-odin');
    const j = await journey(s.customerId ?? '');
    expect(j.touchpoints.map((t) => [t.channel, t.stage])).toEqual([
      ['chat', 'consideration'],
      ['chat', 'purchase'],
      ['chat', 'support'],
    ]);
    const chat = j.touchpoints.find((t) => t.interactionId === s.interactionIds[0]);
    expect(chat?.engagement?.delta).toBeGreaterThan(0);
    const customer = (chat?.signals ?? []).filter((x) => x.speaker === 'customer');
    if (MODEL) {
      const top = customer.map((x) => x.top[0]?.label);
      expect(['annoyance', 'anger', 'disappointment']).toContain(top[0]);
      expect(
        customer.slice(1, 4).some((x) => x.top.slice(0, 2).some((e) => e.label === 'amusement')),
      ).toBe(true);
      expect(top.at(-1)).toBe('gratitude');
      expect(chat?.engagement?.reasons.map((r) => r.factor)).toContain('emotion');
    } else expect(customer).toEqual([]);
  });
});
