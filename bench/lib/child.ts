/** Servers under test run in their own processes; the bench drives them over loopback. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Child {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

const TSX_DIR = new URL('../../node_modules/tsx/dist/', import.meta.url);
/** tsx as loader flags of the one node process (no wrapper process: profiles see the server). */
const TSX = [
  '--require',
  fileURLToPath(new URL('preflight.cjs', TSX_DIR)),
  '--import',
  new URL('loader.mjs', TSX_DIR).href,
];

/** Starts `bench/servers/<script>` with tsx and waits for its `READY <url>` line. */
export function startChild(
  script: string,
  args: string[],
  nodeArgs: string[] = [],
  timeoutMs = 60_000,
): Promise<Child> {
  const path = fileURLToPath(new URL(`../servers/${script}`, import.meta.url));
  const proc = spawn(process.execPath, [...nodeArgs, ...TSX, path, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`${script} did not start in ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        const url = m[1];
        resolve({
          url,
          proc,
          stop: () =>
            new Promise<void>((done) => {
              if (proc.exitCode !== null) return done();
              const kill = setTimeout(() => proc.kill('SIGKILL'), 10_000);
              proc.once('exit', () => {
                clearTimeout(kill);
                done();
              });
              proc.kill('SIGTERM');
            }),
        });
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before READY: ${err}`));
    });
  });
}
