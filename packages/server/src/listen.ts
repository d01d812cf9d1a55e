/**
 * Runs the HTTP server: opens the store named by the settings (migrating it), builds the app
 * and listens; with `settings.worker` (the default) it runs the job worker in-process too.
 * Stops gracefully on SIGTERM/SIGINT: stops accepting and drains requests while the worker
 * stops claiming and finishes its running jobs, then closes the store (which waits for
 * queued commits).
 */
import { databaseTarget, type Settings } from '@rapport/config';
import { systemClock, systemIds } from '@rapport/core';
import { openStore, type Store } from '@rapport/store';
import { createWorker, type Worker } from '@rapport/worker';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import { channelRegistry, startMailListener } from './channels/runtime.ts';
import { createJsonLogger } from './observability/logging.ts';

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  logger: Logger;
  /** The in-process job worker, when settings.worker is on. */
  worker: Worker | undefined;
  close(): Promise<void>;
}

export function createLogger(settings: Settings): Logger {
  return createJsonLogger(settings.logLevel);
}

export async function startServer(
  settings: Settings,
  opts: { logger?: Logger; store?: Store } = {},
): Promise<RunningServer> {
  const logger = opts.logger ?? createLogger(settings);
  const store = opts.store ?? (await openStore(databaseTarget(settings.databaseUrl)));
  // The running server's own copy: on PORT=0 the public URL is learnt once the port is bound.
  const own: Settings = { ...settings };
  const app = await buildApp({
    store,
    settings: own,
    clock: systemClock,
    ids: systemIds(),
    logger,
  });
  await app.listen({ port: settings.port, host: settings.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const url = `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${port}`;
  if (own.publicUrl === 'http://localhost:0') own.publicUrl = `http://localhost:${port}`;
  const jobs = channelRegistry(own, logger);
  const mail = await startMailListener(store, own, logger).catch(async (e: unknown) => {
    await app.close();
    throw e;
  });
  const worker = settings.worker
    ? createWorker({
        store,
        registry: jobs.registry,
        settings: own,
        logger: logger.child({ component: 'worker' }),
      })
    : undefined;
  worker?.start();
  let closing: Promise<void> | undefined;
  return {
    app,
    store,
    url,
    logger,
    worker,
    close() {
      closing ??= (async () => {
        await Promise.all([app.close(), worker?.stop(), mail?.close()]);
        jobs.close();
        await store.close();
      })();
      return closing;
    },
  };
}
