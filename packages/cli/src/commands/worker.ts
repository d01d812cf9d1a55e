import { parseArgs } from 'node:util';
import { databaseTarget, loadSettings } from '@rapport/config';
import { openStore } from '@rapport/store';
import type { Command } from '../command.ts';

export const workerCommand: Command = {
  name: 'worker',
  usage: `Usage: rapport worker [--concurrency N] [--once]

Runs the durable jobs of the database named by DATABASE_URL (default ./data/rapport.db):
invitations, SLA timers, escalations, webhooks, text analysis. \`rapport serve\` runs a worker
in-process unless WORKER=false; run this to scale jobs apart from requests. With PostgreSQL
any number of workers share the queue, each job claimed by one; with SQLite run one process.
Stops gracefully on Ctrl-C or SIGTERM: no new claims, running jobs finish (up to 30 s), and
claimed jobs not yet started go back to the queue. See docs/JOBS.md.

Options:
  --concurrency N   Jobs run at once (overrides WORKER_CONCURRENCY, default 4)
  --once            Run every job that is due now, then exit`,
  async run(args, io, env) {
    const { values } = parseArgs({
      args,
      options: { concurrency: { type: 'string' }, once: { type: 'boolean' } },
    });
    const settings = loadSettings({
      ...env,
      ...(values.concurrency ? { WORKER_CONCURRENCY: values.concurrency } : {}),
    });
    // Loaded here, not at the top: every other command starts without these modules.
    const { channelRegistry, createLogger } = await import('@rapport/server');
    const { createWorker } = await import('@rapport/worker');
    const logger = createLogger(settings);
    const store = await openStore(databaseTarget(settings.databaseUrl));
    const worker = createWorker({
      store,
      registry: channelRegistry(settings, logger).registry,
      settings,
      logger: logger.child({ component: 'worker' }),
    });
    try {
      if (values.once) {
        const r = await worker.drain();
        io.stdout.write(
          `Ran ${r.claimed} job(s): ${r.done} done, ${r.retried} to retry, ${r.dead} dead.\n`,
        );
        return 0;
      }
      worker.start();
      io.stdout.write(
        `Rapport worker ${worker.id} is running (database: ${store.dialect}, concurrency ${settings.workerConcurrency}). Press Ctrl-C to stop.\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          io.stdout.write('Stopping: finishing running jobs…\n');
          worker.stop().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      return 0;
    } finally {
      await store.close();
    }
  },
};
