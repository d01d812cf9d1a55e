/** A progress bar on standard error, drawn only when it is a terminal. */
import type { CliIo } from './io.ts';

export interface Progress {
  update(done: number, total?: number): void;
  finish(message?: string): void;
}

export function progressBar(io: CliIo, label: string, total = 0, width = 30): Progress {
  let last = 0;
  let current = 0;
  let max = total;
  const draw = (force = false) => {
    if (!io.stderrIsTTY) return;
    const now = Date.now();
    if (!force && now - last < 80) return;
    last = now;
    const share = max > 0 ? Math.min(1, current / max) : 0;
    const filled = Math.round(share * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const count =
      max > 0
        ? `${current.toLocaleString('en')}/${max.toLocaleString('en')}`
        : current.toLocaleString('en');
    io.stderr.write(`\r${label} ${bar} ${(share * 100).toFixed(0).padStart(3)}% ${count}`);
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
