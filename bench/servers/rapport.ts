/**
 * A Rapport server in its own process, as `rapport serve` runs it: argv `--db URL [--worker]
 * [--public-url URL] [--twilio-api URL]`; prints `READY <url>` on stdout once listening, stops on SIGTERM.
 */
import { loadSettings } from '@rapport/config';
import { startServer } from '@rapport/server';

const argv = process.argv.slice(2);
const arg = (n: string) => {
  const i = argv.indexOf(`--${n}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const db = arg('db');
if (!db) throw new Error('--db is required');
const settings = loadSettings({
  DATABASE_URL: db,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  WORKER: argv.includes('--worker') ? 'true' : 'false',
  WEB_DIST: arg('web') ?? '/nonexistent',
  ...(arg('public-url') ? { PUBLIC_URL: arg('public-url') } : {}),
  ...(arg('twilio-api') ? { TWILIO_API_URL: arg('twilio-api') } : {}),
});
const server = await startServer(settings);
process.stdout.write(`READY ${server.url}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
