/** Servers under test run in their own processes; the bench drives them over loopback. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Child {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
  /**
   * A reusable child (--quick, servers/rapport.ts `--reusable`): closes its server and keeps
   * the process, its modules loaded, for `restart`.
   */
  park?(): Promise<void>;
  /** A reusable child: starts the server again, with these arguments, in the same process. */
  restart?(args: string[]): Promise<Child>;
}

/**
 * --quick: a Rapport server on a SQLite store that one workload hands to the next, which adds a
 * workspace of its own instead of starting a server (see run.ts); `done` parks it (parkServer)
 * and ends what it uses.
 */
export interface HandedServer {
  url: string;
  /** The store's file. */
  path: string;
  done(): Promise<void>;
}

const TSX_DIR = new URL('../../node_modules/tsx/dist/', import.meta.url);
/** tsx as loader flags of the one node process (no wrapper process: profiles see the server). */
export const TSX = [
  '--require',
  fileURLToPath(new URL('preflight.cjs', TSX_DIR)),
  '--import',
  new URL('loader.mjs', TSX_DIR).href,
];

/**
 * Starts `bench/servers/<script>` with tsx and waits for its `READY <url>` line. `reusable`
 * (--quick, rapport.ts only): the child reads commands on stdin (see `park` and `restart`).
 */
export function startChild(
  script: string,
  args: string[],
  nodeArgs: string[] = [],
  timeoutMs = 60_000,
  o: { reusable?: boolean } = {},
): Promise<Child> {
  const path = fileURLToPath(new URL(`../servers/${script}`, import.meta.url));
  const proc = spawn(
    process.execPath,
    [...nodeArgs, ...TSX, path, ...args, ...(o.reusable ? ['--reusable'] : [])],
    { stdio: [o.reusable ? 'pipe' : 'ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  let out = '';
  let seen = 0;
  /** The next line matching `re` after those already seen (its match), or a rejection. */
  const next = (re: RegExp, what: string): Promise<RegExpExecArray> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        done();
        proc.kill('SIGKILL');
        reject(new Error(`${script} ${what}: nothing in ${timeoutMs} ms: ${err}`));
      }, timeoutMs);
      const look = () => {
        const m = re.exec(out.slice(seen));
        if (!m) return;
        seen += m.index + m[0].length;
        done();
        resolve(m);
      };
      const exited = (code: number | null) => {
        done();
        reject(new Error(`${script} exited (${code}) before ${what}: ${err}`));
      };
      const done = () => {
        clearTimeout(timer);
        proc.stdout?.off('data', look);
        proc.off('exit', exited);
      };
      proc.stdout?.on('data', look);
      proc.once('exit', exited);
      look();
    });
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return done();
      const kill = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      proc.once('exit', () => {
        clearTimeout(kill);
        done();
      });
      proc.kill('SIGTERM');
    });
  const child = (url: string): Child => ({
    url,
    proc,
    stop,
    ...(o.reusable
      ? {
          async park() {
            proc.stdin?.write('close\n');
            await next(/CLOSED\n/, 'CLOSED');
          },
          async restart(again: string[]) {
            proc.stdin?.write(`start ${JSON.stringify(again)}\n`);
            return child(((await next(/READY (\S+)\n/, 'READY')) as string[])[1] as string);
          },
        }
      : {}),
  });
  return next(/READY (\S+)\n/, 'READY').then((m) => child(m[1] as string));
}

/** --quick: reusable servers parked by one workload for a later one (see rapportServer). */
const parked: Child[] = [];

/** Parks a reusable server for a later workload (stops any other). */
export async function parkServer(c: Child): Promise<void> {
  if (!c.park) return c.stop();
  await c.park();
  parked.push(c);
}

/**
 * A Rapport server (bench/servers/rapport.ts) with these arguments. `reuse` (--quick): started
 * in a parked server's process when there is one (its modules loaded, its earlier server
 * closed; the measurement that follows has its own warm-up), else in a new reusable process.
 */
export async function rapportServer(args: string[], o: { reuse?: boolean } = {}): Promise<Child> {
  const p = o.reuse ? parked.shift() : undefined;
  if (p?.restart) return p.restart(args);
  return startChild('rapport.ts', args, [], 60_000, o.reuse ? { reusable: true } : {});
}

/** Starts the server of a reusable child again with these arguments (else a new process). */
export async function restartServer(c: Child, args: string[]): Promise<Child> {
  if (c.restart) return c.restart(args);
  await c.stop();
  return startChild('rapport.ts', args);
}

/** Stops the parked servers (at the end of the run). */
export async function stopParked(): Promise<void> {
  await Promise.all(parked.splice(0).map((c) => c.stop()));
}
