/**
 * A worker process for the crash test: runs the test job `effectJob(name)` against the store
 * named on the command line until SIGTERM (graceful) or SIGKILL (the point of the test).
 *   node --import tsx packages/worker/src/testing/crash-worker.ts '<StoreTarget JSON>' <job name>
 */
import { openStore, type StoreTarget } from '@rapport/store';
import { JobRegistry } from '../registry.ts';
import { createWorker, newWorkerId } from '../worker.ts';
import { effectJob } from './effects.ts';

const [targetJson, name] = process.argv.slice(2);
if (!targetJson || !name) {
  process.stderr.write('usage: crash-worker.ts <StoreTarget JSON> <job name>\n');
  process.exit(2);
}
const store = await openStore(JSON.parse(targetJson) as StoreTarget);
const workerId = newWorkerId();
const registry = new JobRegistry().define(
  effectJob(name, undefined, { delayMs: 1, worker: workerId }),
);
const worker = createWorker({
  store,
  registry,
  workerId,
  concurrency: 8,
  batchSize: 16,
  pollMs: 20,
  leaseMs: 1_500,
  logger: {
    debug: () => undefined,
    info: () => undefined,
    warn: (o, m) => process.stderr.write(`${m ?? ''} ${JSON.stringify(o)}\n`),
    error: (o, m) => process.stderr.write(`${m ?? ''} ${JSON.stringify(o)}\n`),
  },
});
worker.start();
process.once('SIGTERM', () => {
  void worker
    .stop()
    .then(() => store.close())
    .then(() => process.exit(0));
});
