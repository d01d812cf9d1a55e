/** Reading an import file as records, streaming: CSV through the RFC 4180 parser, JSONL by line. */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CsvParser, type CsvRecord } from '@rapport/core';
import { UsageError } from '../command.ts';

export type FileFormat = 'csv' | 'jsonl';

export function formatOf(path: string, given?: string): FileFormat {
  if (given === 'csv' || given === 'jsonl') return given;
  if (given) throw new Error(`--format must be csv or jsonl (got ${given}).`);
  return /\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'csv';
}

export function fileSize(path: string): number {
  return statSync(path).size;
}

/** A file to read, checked before any work: a UsageError in a sentence if it is not there. */
export function checkInFile(path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`There is no file ${path}.`);
  if (stat.isDirectory()) throw new UsageError(`${path} is a folder, not a file.`);
}

/** CSV records with the bytes read so far (for a progress bar). */
export async function* csvRecords(path: string): AsyncGenerator<CsvRecord & { bytes: number }> {
  const parser = new CsvParser();
  let bytes = 0;
  for await (const chunk of createReadStream(path, {
    encoding: 'utf8',
    highWaterMark: 256 * 1024,
  })) {
    const text = chunk as string;
    bytes += Buffer.byteLength(text);
    for (const r of parser.push(text)) yield { ...r, bytes };
  }
  for (const r of parser.end()) yield { ...r, bytes };
}

/** JSONL records as objects; a line that is not a JSON object is reported, not thrown. */
export async function* jsonlRecords(
  path: string,
): AsyncGenerator<
  | { line: number; bytes: number; value: Record<string, unknown> }
  | { line: number; bytes: number; error: string }
> {
  const rl = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let line = 0;
  let bytes = 0;
  for await (const text of rl) {
    line++;
    bytes += Buffer.byteLength(text) + 1;
    if (!text.trim()) continue;
    try {
      const v: unknown = JSON.parse(text);
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not a JSON object');
      yield { line, bytes, value: v as Record<string, unknown> };
    } catch (e) {
      yield { line, bytes, error: `not JSON: ${(e as Error).message}` };
    }
  }
}
