/**
 * A mapping file as read from disk: JSON of any shape. Its parts are checked for their types
 * before the import reads a row, so a wrong type is said in a sentence naming the part, not
 * met later as a crash or as every row rejected.
 */
import type { ImportKind, ImportMapping } from '@rapport/core';
import { UsageError } from '../command.ts';

const isText = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function textValues(m: Record<string, unknown>, part: string, lists: boolean): void {
  const v = m[part];
  if (v === undefined) return;
  if (!isObject(v)) throw new UsageError(`The mapping file's "${part}" must be an object.`);
  for (const [k, x] of Object.entries(v)) {
    const ok = isText(x) || (lists && Array.isArray(x) && x.length > 0 && x.every(isText));
    if (!ok)
      throw new UsageError(
        `The mapping file's ${part}.${k} must be ${lists ? 'a column name or a list of column names' : 'text'}.`,
      );
  }
}

function rowNumber(m: Record<string, unknown>, part: string, max: number): void {
  const v = m[part];
  if (v === undefined) return;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max)
    throw new UsageError(`The mapping file's ${part} must be a whole number from 1 to ${max}.`);
}

/** The mapping a file holds, for `kind`; throws a UsageError naming the first wrong part. */
export function mappingOf(json: unknown, path: string, kind: ImportKind): ImportMapping {
  if (!isObject(json)) throw new UsageError(`The mapping file ${path} must hold a JSON object.`);
  const m: Record<string, unknown> = { kind, columns: {}, ...json };
  if (m.kind !== kind)
    throw new UsageError(`The mapping file is for ${String(m.kind)}, not ${kind}.`);
  if (!isObject(m.columns)) throw new UsageError('The mapping file needs a "columns" object.');
  textValues(m, 'columns', true);
  for (const part of ['constants', 'questions', 'attributes']) textValues(m, part, false);
  rowNumber(m, 'headerRows', 100);
  const headerRows = typeof m.headerRows === 'number' ? m.headerRows : 1;
  rowNumber(m, 'nameRow', headerRows);
  if (m.surveyId !== undefined && !isText(m.surveyId))
    throw new UsageError(`The mapping file's surveyId must be text.`);
  return m as unknown as ImportMapping;
}
