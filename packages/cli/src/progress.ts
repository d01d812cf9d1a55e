/** A progress bar on standard error, drawn only when it is a terminal. */
import type { CliIo } from './io.ts';

export interface Progress {
  update(done: number, total?: number): void;
  finish(message?: string): void;
}

export interface ProgressOptions {
  /** The counts are bytes: shown as kB/MB/GB. */
  bytes?: boolean;
  width?: number;
  /** The clock, in milliseconds (tests give their own). */
  now?: () => number;
}

const MB = 1024 * 1024;

function size(n: number): string {
  if (n >= 1024 * MB) return `${(n / 1024 / MB).toFixed(1)} GB`;
  if (n >= MB) return `${(n / MB).toFixed(1)} MB`;
  return `${Math.round(n / 1024).toLocaleString('en')} kB`;
}

/** Seconds as m:ss (or h:mm:ss). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const [h, m, sec] = hms.map((x) => String(x).padStart(2, '0')) as [string, string, string];
  return s >= 3600 ? `${Number(h)}:${m}:${sec}` : `${Number(m)}:${sec}`;
}

/**
 * Draws `label ███░░ 42% done/total · elapsed m:ss · about m:ss left`; the time left appears
 * once a second has passed, from the rate so far.
 */
export function progressBar(
  io: CliIo,
  label: string,
  total = 0,
  opts: ProgressOptions = {},
): Progress {
  const width = opts.width ?? 30;
  const now = opts.now ?? Date.now;
  const started = now();
  let last = 0;
  let current = 0;
  let max = total;
  const count = (n: number) => (opts.bytes ? size(n) : n.toLocaleString('en'));
  const draw = (force = false) => {
    if (!io.stderrIsTTY) return;
    const t = now();
    if (!force && t - last < 80) return;
    last = t;
    const share = max > 0 ? Math.min(1, current / max) : 0;
    const filled = Math.round(share * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const elapsed = (t - started) / 1000;
    const parts = [max > 0 ? `${count(current)}/${count(max)}` : count(current)];
    if (elapsed >= 1) parts.push(`elapsed ${clock(elapsed)}`);
    if (elapsed >= 1 && share > 0 && share < 1)
      parts.push(`about ${clock((elapsed * (1 - share)) / share)} left`);
    const line = `${label} ${bar} ${(share * 100).toFixed(0).padStart(3)}% ${parts.join(' · ')}`;
    io.stderr.write(`\r${line}\x1b[K`);
  };
  return {
    update(done, t) {
      current = done;
      if (t !== undefined) max = t;
      draw();
    },
    finish(message) {
      current = max || current;
      draw(true);
      if (io.stderrIsTTY) io.stderr.write('\n');
      if (message) io.stderr.write(`${message}\n`);
    },
  };
}
