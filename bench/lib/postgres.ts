/**
 * A throw-away PostgreSQL on loopback for the PostgreSQL workloads, as scripts/lib/postgres.sh
 * starts one for the tests (Debian's server binaries; initdb as the postgres user when root).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface Postgres {
  url: string;
  stop(): void;
}

function binDir(): string | null {
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    const v = versions.at(-1);
    return v ? `/usr/lib/postgresql/${v}/bin` : null;
  } catch {
    return null;
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/**
 * `quick` (--quick): `stop` does not wait out the immediate shutdown (0.1–3 s here): the server's
 * folder is removed when the bench exits.
 */
export async function startPostgres(o: { quick?: boolean } = {}): Promise<Postgres | null> {
  const bin = binDir();
  if (!bin) return null;
  const dir = mkdtempSync('/tmp/rapport-bench-pg-');
  const root = process.getuid?.() === 0;
  const as = (cmd: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' })
      : execFileSync(cmd, args, { stdio: 'ignore' });
  if (root) {
    const pw = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(pw), Number(gid));
  }
  const port = await freePort();
  as(join(bin, 'initdb'), [
    '-D',
    join(dir, 'data'),
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--no-locale',
  ]);
  as(join(bin, 'pg_ctl'), [
    '-D',
    join(dir, 'data'),
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on -c synchronous_commit=on -c shared_buffers=512MB`,
    'start',
  ]);
  let stopped = false;
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      as(join(bin, 'pg_ctl'), [
        '-D',
        join(dir, 'data'),
        '-m',
        'immediate',
        ...(o.quick ? ['-W'] : []),
        'stop',
      ]);
    } catch {
      // already gone
    }
    if (!o.quick) remove();
  };
  process.once('exit', stop);
  // After `stop` (listeners run in order), so also when the bench exits without calling it.
  if (o.quick) process.once('exit', remove);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

/** A fresh database on the server for one measurement. */
export async function freshDatabase(pgUrl: string, name: string): Promise<string> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: pgUrl });
  client.on('error', () => undefined);
  await client.connect();
  await client.query(`drop database if exists ${name}`);
  await client.query(`create database ${name}`);
  await client.end();
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
