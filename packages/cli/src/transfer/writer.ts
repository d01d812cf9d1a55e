import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Lines to a file or standard output, waiting whenever the stream asks to (constant memory). */
export function lineWriter(out: NodeJS.WritableStream | string): {
  write(line: string): Promise<void>;
  close(): Promise<void>;
} {
  const stream = typeof out === 'string' ? createWriteStream(out, { encoding: 'utf8' }) : out;
  return {
    async write(line) {
      if (!stream.write(`${line}\n`)) await once(stream, 'drain');
    },
    async close() {
      if (typeof out === 'string') {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}
