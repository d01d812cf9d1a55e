/** `rapport` commands run in their own process by the import/export workloads. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../packages/cli/bin/rapport.js', import.meta.url));

/** A process's peak resident set (VmHWM from /proc), in bytes; 0 once it has gone. */
const peakRss = (pid: number): number => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};

/**
 * Runs `rapport ARGS` on the database `db`; resolves with its wall time, peak RSS and standard
 * output, or rejects with its standard error when it exits other than 0.
 */
export function runCli(
  args: string[],
  db: string,
  nodeFlags: string[] = [],
): Promise<{ seconds: number; rss: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { DATABASE_URL: db, LOG_LEVEL: 'silent' },
    });
    let rss = 0;
    const poll = setInterval(() => (rss = Math.max(rss, peakRss(child.pid ?? 0))), 50);
    let err = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.once('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`rapport ${args.join(' ')} exited ${code}: ${err}`));
      resolve({ seconds: (performance.now() - t0) / 1000, rss, stdout });
    });
  });
}
