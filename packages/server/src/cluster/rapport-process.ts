/**
 * `rapport serve` and `rapport worker` as child processes — `node packages/cli/bin/rapport.js`
 * — with an environment built explicitly from the test's own, for the multi-instance test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readProcessEnv } from '@rapport/config';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../../cli/bin/rapport.js', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RapportProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** What `ready` matched: the URL for `serve`, the worker id for `worker`. */
  ready: string;
  /** Everything it wrote so far (stdout: the banner and JSON log lines). */
  output(): string;
  exited: Promise<Exit>;
  /** Sends the signal and waits for the exit; SIGKILL after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<Exit>;
}

export const SERVE_READY = /listening on (http:\/\/[^\s]+)/;
export const WORKER_READY = /Rapport worker (\S+) is running/;

export async function startRapport(
  name: string,
  args: string[],
  vars: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<RapportProcess> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(readProcessEnv())) if (v !== undefined) env[k] = v;
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...env, ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const matched = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`${name} did not start in ${timeoutMs} ms: ${out}`));
    }, timeoutMs);
    const poll = setInterval(() => {
      const m = ready.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(m[1]);
      }
    }, 20);
    void exited.then((e) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`${name} exited (${e.code ?? e.signal}) before it was ready: ${out}`));
    });
  });
  return {
    name,
    child,
    pid: child.pid ?? 0,
    ready: matched,
    output: () => out,
    exited,
    async stop(signal = 'SIGTERM', timeoutMs = 40_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const e = await exited;
      clearTimeout(timer);
      return e;
    },
  };
}
