/**
 * A Rapport server in its own process, as `rapport serve` runs it: argv `--db URL [--worker]
 * [--public-url URL] [--twilio-api URL] [--web DIR]`; prints `READY <url>` on stdout once
 * listening, stops on SIGTERM.
 *
 * `--reusable` (--quick, see lib/child.ts): reads commands on stdin, one a line — `close` closes
 * the server and prints `CLOSED`; `start ["--db", …]` closes it (if open) and starts another with
 * those arguments in this process, whose modules are loaded already, and prints `READY <url>`.
 * The process exits when stdin closes.
 */
import { createInterface } from 'node:readline';
import { loadSettings } from '@rapport/config';
import { startServer, type RunningServer } from '@rapport/server';

function settingsOf(argv: readonly string[]) {
  const arg = (n: string) => {
    const i = argv.indexOf(`--${n}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const db = arg('db');
  if (!db) throw new Error('--db is required');
  return loadSettings({
    DATABASE_URL: db,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WORKER: argv.includes('--worker') ? 'true' : 'false',
    WEB_DIST: arg('web') ?? '/nonexistent',
    ...(arg('public-url') ? { PUBLIC_URL: arg('public-url') } : {}),
    ...(arg('twilio-api') ? { TWILIO_API_URL: arg('twilio-api') } : {}),
  });
}

const argv = process.argv.slice(2);
let server: RunningServer | undefined = await startServer(settingsOf(argv));
process.stdout.write(`READY ${server.url}\n`);
const stop = () =>
  void (server?.close() ?? Promise.resolve()).then(
    () => process.exit(0),
    () => process.exit(1),
  );
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (argv.includes('--reusable')) {
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    queue = queue
      .then(async () => {
        const open = server;
        server = undefined;
        await open?.close();
        if (!line.startsWith('start ')) return void process.stdout.write('CLOSED\n');
        server = await startServer(settingsOf(JSON.parse(line.slice(6)) as string[]));
        process.stdout.write(`READY ${server.url}\n`);
      })
      .catch((e: unknown) => {
        process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
        process.exit(1);
      });
  });
  lines.on('close', stop);
}
