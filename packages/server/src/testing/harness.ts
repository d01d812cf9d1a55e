/**
 * In-process API tests: a real store (SQLite or PostgreSQL), the real app, driven by inject().
 */
import { loadSettings } from '@rapport/config';
import { systemIds, type Clock, type Ids } from '@rapport/core';
import type { Store } from '@rapport/store';
import { FakeClock, idsFor } from '@rapport/testing';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from '../app.ts';
import { bootstrapWorkspace } from '../auth/bootstrap.ts';

export interface TestApi {
  app: FastifyInstance;
  store: Store;
  clock: Clock;
  ids: Ids;
  /** A fresh workspace and its admin key. */
  workspace(name?: string): Promise<TestWorkspace>;
  close(): Promise<void>;
}

export interface TestWorkspace {
  id: string;
  key: string;
  /** inject() with this workspace's key. */
  call(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  json<T = Record<string, unknown>>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T>;
}

export async function testApi(
  store: Store,
  opts: { clock?: Clock; ids?: Ids; env?: Record<string, string>; logger?: Logger } = {},
): Promise<TestApi> {
  const clock = opts.clock ?? new FakeClock(Date.now());
  const ids = opts.ids ?? (opts.clock ? idsFor(clock) : systemIds());
  const settings = loadSettings({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', ...opts.env });
  const app = await buildApp({ store, settings, clock, ids, logger: opts.logger ?? false });
  await app.ready();
  return {
    app,
    store,
    clock,
    ids,
    async workspace(name = 'Test') {
      const { workspace, apiKey } = await bootstrapWorkspace(store, { clock, ids }, name);
      const call: TestWorkspace['call'] = (method, url, body, headers = {}) =>
        app.inject({
          method,
          url,
          headers: { authorization: `Bearer ${apiKey}`, ...headers },
          ...(body === undefined
            ? {}
            : typeof body === 'string'
              ? { payload: body }
              : { payload: body as object }),
        });
      return {
        id: workspace.id,
        key: apiKey,
        call,
        async json(method, url, body, headers) {
          const res = await call(method, url, body, headers);
          if (res.statusCode >= 400)
            throw new Error(`${method} ${url} → ${res.statusCode}: ${res.body}`);
          return res.json();
        },
      };
    },
    close: () => app.close(),
  };
}
