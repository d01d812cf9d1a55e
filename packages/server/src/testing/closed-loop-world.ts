/**
 * The world of the closed-loop stories: the real app (inject) and a worker running Rapport's
 * job registry on the same store, both on a fake clock, so "a day later" and "after the SLA"
 * are a clock move, never a sleep. Notification e-mails go to an in-memory mailer, or over
 * SMTP to a real server when `smtpUrl` is given. Signals are stored the way the text
 * analysis stores them: the row and its `signal.created` event in one transaction.
 */
import { loadSettings } from '@rapport/config';
import { SIGNAL_CREATED_JOB, type Signal } from '@rapport/core';
import type { Store } from '@rapport/store';
import { FakeClock, idsFor } from '@rapport/testing';
import {
  createRapportRegistry,
  createWorker,
  type NotificationEmail,
  type RunReport,
  type Worker,
} from '@rapport/worker';
import { testApi, type TestApi, type TestWorkspace } from './harness.ts';

export interface ClosedLoopWorld {
  api: TestApi;
  ws: TestWorkspace;
  clock: FakeClock;
  worker: Worker;
  /** Notifications sent through the in-memory mailer. */
  mails: NotificationEmail[];
  /** POST and return the created row's id. */
  create(url: string, body: Record<string, unknown>): Promise<string>;
  employee(name: string, more?: Record<string, unknown>): Promise<string>;
  /** A support chat of the customer with these employees, now; its id. */
  supportChat(customerId: string, employeeIds: string[]): Promise<string>;
  /** Stores a signal and its event, as the text analysis does. */
  signal(s: Partial<Signal> & Pick<Signal, 'sourceType' | 'sourceId'>): Promise<Signal>;
  /** Runs the worker until nothing is due. */
  run(): Promise<RunReport>;
  close(): Promise<void>;
}

export async function closedLoopWorld(
  store: Store,
  opts: {
    start?: string;
    smtpUrl?: string;
    name?: string;
    /** More settings, e.g. WEBHOOK_ALLOW_PRIVATE_TARGETS for a receiver on loopback. */
    env?: Record<string, string>;
  } = {},
): Promise<ClosedLoopWorld> {
  const clock = new FakeClock(opts.start ?? '2026-01-05T09:00:00.000Z');
  const ids = idsFor(clock);
  const env: Record<string, string> = {
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    PUBLIC_URL: 'https://rapport.example.com',
    SMTP_FROM: 'Rapport <rapport@example.com>',
    ...(opts.smtpUrl ? { SMTP_URL: opts.smtpUrl } : {}),
    ...opts.env,
  };
  const settings = loadSettings(env);
  const api = await testApi(store, { clock, ids, env });
  const ws = await api.workspace(opts.name ?? 'Closed loop');
  const mails: NotificationEmail[] = [];
  const mailer = opts.smtpUrl
    ? undefined
    : {
        send: async (m: NotificationEmail) => {
          mails.push(m);
        },
      };
  const worker = createWorker({
    store,
    registry: createRapportRegistry({ closedLoop: { mailer } }),
    clock,
    ids,
    settings,
    concurrency: 1,
  });
  const create = async (url: string, body: Record<string, unknown>) =>
    (await ws.json<{ id: string }>('POST', url, body)).id;
  return {
    api,
    ws,
    clock,
    worker,
    mails,
    create,
    employee: (name, more = {}) =>
      create('/api/v1/employees', {
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
        ...more,
      }),
    supportChat: (customerId, employeeIds) =>
      create('/api/v1/interactions', {
        customerId,
        channel: 'chat',
        stage: 'support',
        occurredAt: clock.now().toISOString(),
        employeeIds,
      }),
    async signal(input) {
      const now = clock.now().toISOString();
      const s: Signal = {
        id: ids.id('sig'),
        workspaceId: ws.id,
        seq: 0,
        customerId: null,
        interactionId: null,
        responseId: null,
        channel: null,
        stage: null,
        speaker: null,
        sentiment: 'neutral',
        ekman: [],
        emotions: {},
        praise: 0,
        churnRisk: 0,
        effort: 0,
        humour: 0,
        urgency: 0,
        escalation: 'none',
        triggers: {},
        modelVersion: 'story-test',
        at: now,
        createdAt: now,
        ...input,
      };
      await store.write(async (r) => {
        await r.signals.upsert(s);
        await r.jobs.enqueue(
          ws.id,
          { name: SIGNAL_CREATED_JOB, payload: { signalId: s.id } },
          ids.id('job'),
          now,
        );
      });
      return s;
    },
    run: () => worker.drain(),
    close: () => api.close(),
  };
}
