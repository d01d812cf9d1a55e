import {
  createSurvey,
  submitResponse,
  systemCtx,
  transactionalCsatSurvey,
  type Deps,
  type Repos,
  type TextAnalyzer,
} from '@rapport/core';
import { fromJson } from '@rapport/store';
import { describeEachDialect, factory, FakeClock, idsFor, keywordAnalyzer } from '@rapport/testing';
import { expect, it } from 'vitest';
import { createRapportRegistry } from './jobs.ts';
import { createWorker } from './worker.ts';

describeEachDialect('journey jobs', (db) => {
  async function world(analyzer: TextAnalyzer | null = keywordAnalyzer()) {
    const { store } = db();
    const clock = new FakeClock('2026-03-02T09:00:00.000Z');
    const ids = idsFor(clock);
    const f = factory(store, { clock, ids });
    await f.workspace();
    const worker = createWorker({
      store,
      registry: createRapportRegistry({ analyzer }),
      clock,
      ids,
    });
    const write = <T>(fn: (d: Deps) => Promise<T>) =>
      store.write((r: Repos) => fn({ r, clock, ids }));
    const jobs = (name: string) =>
      store.db
        .selectFrom('jobs')
        .select(['status', 'payload'])
        .where('workspace_id', '=', f.ws)
        .where('name', '=', name)
        .execute();
    return { store, clock, ids, f, worker, write, jobs };
  }

  it('reads the note and every message with its speaker, announces each signal, and moves engagement', async () => {
    const { store, f, worker, jobs } = await world();
    const c = await f.customer();
    const i = await f.interaction({
      customerId: c.id,
      channel: 'chat',
      stage: 'support',
      outcome: 'resolved',
      note: 'Parcel lost in transit; resent.',
      transcript: [
        { speaker: 'customer', text: 'Where is my parcel? It never came.' },
        { speaker: 'system', text: 'Thor joined the chat' },
        { speaker: 'agent', text: 'Let me check that for you.' },
        { speaker: 'customer', text: 'haha ok, thank you so much!' },
      ],
    });
    await worker.drain();
    const signals = await store.read((r) => r.signals.byCustomer(f.ws, c.id, 100));
    expect(signals.map((s) => [s.sourceType, s.seq, s.speaker, s.sentiment])).toEqual([
      ['interaction_note', 0, null, 'neutral'],
      ['message', 0, 'customer', 'negative'],
      ['message', 2, 'agent', 'neutral'],
      ['message', 3, 'customer', 'positive'],
    ]);
    expect(signals.every((s) => s.interactionId === i.id && s.stage === 'support')).toBe(true);
    expect(signals[3]?.emotions).toMatchObject({ amusement: 0.85, gratitude: 0.9 });
    expect(signals[3]?.triggers).toEqual({ humour: ['haha'] });
    const announced = await jobs('signal.created');
    expect(
      announced
        .map((j) => fromJson<{ signalId: string }>(j.payload, { signalId: '' }).signalId)
        .sort(),
    ).toEqual(signals.map((s) => s.id).sort());
    const events = await store.read((r) => r.engagement.events(f.ws, c.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ interactionId: i.id, before: 50 });
    expect(events[0]?.reasons.map((r) => r.factor)).toEqual(['outcome', 'emotion']);
    expect((await store.read((r) => r.customers.get(f.ws, c.id)))?.engagementScore).toBe(
      events[0]?.after,
    );
    // The job ran once: running the worker again reads nothing twice.
    await worker.drain();
    expect(await store.read((r) => r.signals.byCustomer(f.ws, c.id, 100))).toHaveLength(4);
  });

  it('folds a survey into its interaction and recomputes later touchpoints from there', async () => {
    const { store, clock, f, worker, write } = await world();
    const c = await f.customer();
    const ctx = systemCtx(f.ws);
    const survey = await write((d) =>
      createSurvey(d, ctx, { definition: transactionalCsatSurvey({ id: 'x' }), status: 'live' }),
    );
    const first = await f.interaction({
      customerId: c.id,
      occurredAt: '2026-03-01T10:00:00.000Z',
      outcome: 'resolved',
    });
    const second = await f.interaction({
      customerId: c.id,
      occurredAt: '2026-03-01T15:00:00.000Z',
      outcome: 'unresolved',
    });
    await worker.drain();
    const before = await store.read((r) => r.engagement.events(f.ws, c.id));
    clock.advance(3_600_000);
    await write((d) =>
      submitResponse(d, ctx, {
        surveyId: survey.id,
        channel: 'web',
        customerId: c.id,
        interactionId: first.id,
        answers: [
          { questionId: 'csat', value: 1 },
          { questionId: 'expectations', value: 'failed' },
          { questionId: 'comment', value: 'I had to call three times. Never again.' },
        ],
      }),
    );
    await worker.drain();
    const after = await store.read((r) => r.engagement.events(f.ws, c.id));
    expect(after.map((e) => e.interactionId)).toEqual([first.id, second.id]);
    expect(after[0]?.responseId).not.toBeNull();
    expect(after[0]?.reasons.map((r) => r.factor)).toEqual(
      expect.arrayContaining(['outcome', 'expectation', 'csat', 'effort', 'churn_risk']),
    );
    expect(after[0]?.after).toBeLessThan(before[0]?.after ?? 0);
    // The later touchpoint starts where the re-scored one now ends.
    expect(after[1]?.before).toBe(after[0]?.after);
    expect(after[1]?.interactionId).toBe(second.id);
    expect(after[1]?.before).not.toBe(before[1]?.before);
    expect(after[1]?.reasons).toEqual(before[1]?.reasons);
    expect((await store.read((r) => r.customers.get(f.ws, c.id)))?.engagementScore).toBe(
      after[1]?.after,
    );
  });

  it('re-analyses after a model update in place: same ids, nothing announced, engagement rescored', async () => {
    const { store, f, worker, jobs, clock, ids } = await world(keywordAnalyzer('v1'));
    const c = await f.customer();
    await f.interaction({
      customerId: c.id,
      channel: 'chat',
      transcript: [{ speaker: 'customer', text: 'Thank you!' }],
    });
    await worker.drain();
    const v1 = await store.read((r) => r.signals.byCustomer(f.ws, c.id, 10));
    const announcedBefore = (await jobs('signal.created')).length;

    const v2 = createWorker({
      store,
      registry: createRapportRegistry({ analyzer: keywordAnalyzer('v2') }),
      clock,
      ids,
    });
    const sources = await store.read((r) => r.journey.textSources(f.ws, 'interaction', null, 10));
    await store.write((r) =>
      r.jobs.enqueue(
        f.ws,
        { name: 'signals.reanalyze', payload: { kind: 'interaction', ids: sources, all: false } },
        ids.id('job'),
        clock.now().toISOString(),
      ),
    );
    await v2.drain();
    const again = await store.read((r) => r.signals.byCustomer(f.ws, c.id, 10));
    expect(again.map((s) => [s.id, s.modelVersion])).toEqual(v1.map((s) => [s.id, 'v2']));
    expect((await jobs('signal.created')).length).toBe(announcedBefore);
    // On arrival, then with the emotions read, then after the re-analysis.
    expect((await jobs('engagement.recompute')).map((j) => j.status)).toEqual([
      'done',
      'done',
      'done',
    ]);
  });

  it('a failing model does not hold the score back; its job is retried', async () => {
    const broken: TextAnalyzer = {
      modelVersion: 'broken',
      analyzeText: () => {
        throw new Error('model artefact missing');
      },
      analyzeTranscript: () => {
        throw new Error('model artefact missing');
      },
    };
    const { store, f, worker, jobs } = await world(broken);
    const c = await f.customer();
    await f.interaction({ customerId: c.id, outcome: 'unresolved', note: 'Still waiting.' });
    await worker.drain();
    const events = await store.read((r) => r.engagement.events(f.ws, c.id));
    expect(events[0]?.reasons).toEqual([{ factor: 'outcome', detail: 'unresolved', points: -6 }]);
    const analysis = await store.db
      .selectFrom('jobs')
      .select(['status', 'last_error'])
      .where('workspace_id', '=', f.ws)
      .where('name', '=', 'interaction.created:signals')
      .execute();
    expect(analysis).toEqual([
      { status: 'queued', last_error: expect.stringContaining('model artefact missing') },
    ]);
    expect(await jobs('signal.created')).toEqual([]);
  });

  it('without an analyzer reads nothing but still keeps engagement', async () => {
    const { store, f, worker } = await world(null);
    const c = await f.customer();
    await f.interaction({ customerId: c.id, outcome: 'resolved', note: 'Thank you!' });
    await worker.drain();
    expect(await store.read((r) => r.signals.byCustomer(f.ws, c.id, 10))).toEqual([]);
    const events = await store.read((r) => r.engagement.events(f.ws, c.id));
    expect(events[0]?.reasons).toEqual([{ factor: 'outcome', detail: 'resolved', points: 4 }]);
  });
});
