import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { UsageError } from '../command.ts';

/**
 * Checks, before any work, that FILE can be written: its folder exists and it is not a folder
 * itself. Throws a UsageError in a sentence otherwise.
 */
export function checkOutFile(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`The folder ${dir} does not exist.`);
  if (existsSync(path) && statSync(path).isDirectory())
    throw new UsageError(`${path} is a folder; give a file name.`);
}

export interface LineWriter {
  write(line: string): Promise<void>;
  /** Finishes the output: a file takes its name only now. */
  close(): Promise<void>;
  /** Gives up: a file's partial output is removed, the file it would have replaced is kept. */
  abort(): Promise<void>;
}

async function put(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await once(stream, 'drain');
}

/**
 * Lines to a file or standard output, waiting whenever the stream asks to (constant memory).
 * A file is written beside its final name and renamed to it by `close()`, so an export that
 * fails half-way leaves the file it would have replaced as it was.
 */
export function lineWriter(out: NodeJS.WritableStream | string): LineWriter {
  if (typeof out !== 'string') {
    return { write: (line) => put(out, line), close: async () => {}, abort: async () => {} };
  }
  const partial = `${out}.partial-${process.pid}`;
  const file = createWriteStream(partial, { encoding: 'utf8' });
  return {
    write: (line) => put(file, line),
    async close() {
      file.end();
      await once(file, 'finish');
      renameSync(partial, out);
    },
    async abort() {
      file.destroy();
      await finished(file).catch(() => undefined);
      rmSync(partial, { force: true });
    },
  };
}
