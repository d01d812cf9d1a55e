/** A CLI's standard streams in memory, for tests: what a command wrote, and input to read. */
import { PassThrough } from 'node:stream';
import type { CliIo } from '../io.ts';

export interface MemoryIo extends CliIo {
  out: () => string;
  err: () => string;
}

export function memoryIo(
  opts: { cwd?: string; input?: string; stderrIsTTY?: boolean } = {},
): MemoryIo {
  const stdin = new PassThrough();
  if (opts.input !== undefined) stdin.end(opts.input);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => (o += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (e += d.toString('utf8')));
  return {
    stdin,
    stdout,
    stderr,
    stderrIsTTY: opts.stderrIsTTY ?? false,
    cwd: opts.cwd ?? process.cwd(),
    out: () => o,
    err: () => e,
  };
}
