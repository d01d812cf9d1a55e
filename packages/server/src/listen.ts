/**
 * Runs the HTTP server: opens the store named by the settings (migrating it), builds the app
 * and listens. Stops gracefully on SIGTERM/SIGINT: stops accepting, drains requests, closes
 * the store (which waits for queued commits).
 */
import { databaseTarget, type Settings } from '@rapport/config';
import { systemClock, systemIds } from '@rapport/core';
import { openStore, type Store } from '@rapport/store';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { buildApp } from './app.ts';

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  logger: Logger;
  close(): Promise<void>;
}

export function createLogger(settings: Settings): Logger {
  return pino({ level: settings.logLevel, base: { service: 'rapport' } });
}

export async function startServer(
  settings: Settings,
  opts: { logger?: Logger; store?: Store } = {},
): Promise<RunningServer> {
  const logger = opts.logger ?? createLogger(settings);
  const store = opts.store ?? (await openStore(databaseTarget(settings.databaseUrl)));
  const app = await buildApp({ store, settings, clock: systemClock, ids: systemIds(), logger });
  await app.listen({ port: settings.port, host: settings.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const url = `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    app,
    store,
    url,
    logger,
    close() {
      closing ??= (async () => {
        await app.close();
        await store.close();
      })();
      return closing;
    },
  };
}
