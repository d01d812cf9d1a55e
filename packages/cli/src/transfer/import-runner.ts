/**
 * Runs an import: reads the file as a stream, maps each record, and stores it through core's
 * import functions in chunks — each row in its own savepoint, so a bad row never stops the
 * rest; customers a whole chunk per statement — or, in a dry run, rehearses the same and rolls
 * everything back. Rows already imported
 * (same external id) count as duplicates, so a crashed import resumes by running it again.
 */
import {
  checkMapping,
  importCustomer,
  importCustomerChunk,
  importEmployee,
  importInteraction,
  importResponse,
  isDomainError,
  linkEmployeeManager,
  mapRecord,
  presetMapping,
  TARGETS,
  systemCtx,
  type Clock,
  type Deps,
  type Ids,
  type ImportKind,
  type ImportMapping,
  type MappedRecord,
  type Preset,
  type Repos,
  type RowOutcome,
  type SurveyDefinition,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { UsageError } from '../command.ts';
import { dryRunChunks, writeChunk, type ChunkRow } from './import-chunks.ts';
import { mapJsonl } from './jsonl-mapping.ts';
import { csvRecords, jsonlRecords, type FileFormat } from './records.ts';

export interface ImportOptions {
  kind: ImportKind;
  path: string;
  format: FileFormat;
  workspaceId: string;
  mapping?: ImportMapping | undefined;
  preset?: Preset | undefined;
  surveyId?: string | undefined;
  questions?: Record<string, string> | undefined;
  channel?: string | undefined;
  dryRun: boolean;
  chunkSize?: number | undefined;
  onProgress?: ((bytes: number) => void) | undefined;
}

export interface RejectedRow {
  line: number;
  field: string;
  message: string;
}

export interface ImportReport {
  read: number;
  created: number;
  duplicates: number;
  rejected: RejectedRow[];
}

type Row = ChunkRow;

function rejection(line: number, e: unknown): RejectedRow {
  if (isDomainError(e))
    return { line, field: e.field ?? e.issues[0]?.field ?? 'row', message: e.message };
  return {
    line,
    field: 'row',
    message: `could not be stored: ${(e as Error).message ?? String(e)}`,
  };
}

/**
 * The field of a mapped record holding the NUL character, or null. PostgreSQL refuses it in
 * text (SQLite keeps it), so the import refuses it on both, naming the field as the API does.
 */
export function nulField(rec: MappedRecord): string | null {
  const parts: Array<[string, Record<string, string>]> = [
    ['', rec.fields],
    ['answers.', rec.answers],
    ['attributes.', rec.attributes],
  ];
  for (const [prefix, values] of parts) {
    for (const [k, v] of Object.entries(values))
      if (k.includes('\u0000') || v.includes('\u0000')) return `${prefix}${k}`;
  }
  return null;
}

/** A mapped row, or its rejection when it holds a NUL. */
function checked(line: number, record: MappedRecord, report: ImportReport): Row | null {
  const field = nulField(record);
  if (field === null) return { line, record };
  report.rejected.push({ line, field, message: 'the NUL character (U+0000) is not accepted.' });
  return null;
}

/** The rows of the file, mapped; rows that cannot even be read are rejected on the spot. */
async function* mappedRows(
  store: Store,
  o: ImportOptions,
  def: SurveyDefinition | null,
  report: ImportReport,
): AsyncGenerator<Row> {
  if (o.format === 'jsonl') {
    for await (const r of jsonlRecords(o.path)) {
      o.onProgress?.(r.bytes);
      report.read++;
      if ('error' in r) report.rejected.push({ line: r.line, field: 'line', message: r.error });
      else {
        const row = checked(r.line, mapJsonl(o.kind, r.value), report);
        if (row) yield row;
      }
    }
    return;
  }
  const headers: string[][] = [];
  let mapping = o.mapping && def ? { ...o.mapping, surveyId: def.id } : o.mapping;
  let names: string[] = [];
  const headerRows = () =>
    mapping?.headerRows ??
    (o.preset ? { qualtrics: 3, surveymonkey: 2, formbricks: 1, chatwoot: 1 }[o.preset] : 1);
  for await (const rec of csvRecords(o.path)) {
    o.onProgress?.(rec.bytes);
    if (rec.unclosedQuoteLine !== undefined && headers.length < headerRows())
      throw new UsageError(unclosedQuote(rec.unclosedQuoteLine));
    if (headers.length < headerRows()) {
      headers.push(rec.fields);
      if (headers.length === headerRows()) {
        if (!mapping && o.preset) {
          if (!def) throw new UsageError('A preset reads survey exports: give --survey.');
          mapping = presetMapping(o.preset, headers, def, {
            questions: o.questions,
            channel: o.channel,
          });
        }
        mapping ??= identityMapping(o.kind, headers[0] ?? [], def);
        const raw = headers[(mapping.nameRow ?? 1) - 1] ?? [];
        names = raw.map((n, i) => n.trim() || `column ${i + 1}`);
        try {
          checkMapping(mapping, names);
        } catch (e) {
          throw new UsageError(
            `The mapping does not fit this file: ${isDomainError(e) ? `${e.field}: ${e.message}` : String(e)}${delimiterHint(names)}`,
          );
        }
      }
      continue;
    }
    if (rec.fields.length === 1 && (rec.fields[0] === '' || o.preset === 'chatwoot')) continue; // blank or report footer
    report.read++;
    if (rec.unclosedQuoteLine !== undefined) {
      report.rejected.push({
        line: rec.line,
        field: 'row',
        message: unclosedQuote(rec.unclosedQuoteLine),
      });
      continue;
    }
    if (rec.fields.length !== names.length) {
      report.rejected.push({
        line: rec.line,
        field: 'row',
        message: `has ${rec.fields.length} columns, the header has ${names.length}`,
      });
      continue;
    }
    const row = checked(rec.line, mapRecord(mapping as ImportMapping, names, rec.fields), report);
    if (row) yield row;
  }
  if (headers.length < headerRows())
    throw new UsageError(`The file has fewer than ${headerRows()} header rows.`);
}

/** An unclosed quote, said where it opened: the reader took every later line into its field. */
function unclosedQuote(line: number): string {
  return `an unclosed quote starts at line ${line}: every line after it was read into one field; close the quote (a quote inside a field is written "")`;
}

/** A header read as one column holding ";": a file separated by semicolons, not commas. */
function delimiterHint(names: readonly string[]): string {
  const header = names.join(',');
  return names.length === 1 && header.includes(';')
    ? ' The header holds ";" and no ",": the file looks separated by semicolons; Rapport reads CSV separated by commas, so save it with commas.'
    : '';
}

/** A file whose columns are Rapport's own field names (an export of Rapport's) needs no mapping. */
function identityMapping(
  kind: ImportKind,
  names: readonly string[],
  def: SurveyDefinition | null,
): ImportMapping {
  const fields = new Set(TARGETS[kind]);
  const columns = Object.fromEntries(names.filter((n) => fields.has(n)).map((n) => [n, n]));
  const questions = Object.fromEntries(
    (def?.questions ?? []).filter((q) => names.includes(q.id)).map((q) => [q.id, q.id]),
  );
  if (!Object.keys(columns).length && !Object.keys(questions).length) {
    throw new UsageError(
      `No column of the file is a field of ${kind}; give a --mapping file (docs/IMPORT.md).${delimiterHint(names)}`,
    );
  }
  return { kind, columns, questions, surveyId: def?.id };
}

export async function runImport(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  o: ImportOptions,
): Promise<ImportReport> {
  const ctx = systemCtx(o.workspaceId);
  const report: ImportReport = { read: 0, created: 0, duplicates: 0, rejected: [] };
  let def: SurveyDefinition | null = null;
  const surveyId = o.surveyId ?? o.mapping?.surveyId;
  if (o.kind === 'responses') {
    if (!surveyId)
      throw new UsageError('Responses are imported into a survey: give --survey <id>.');
    const survey = await store.read((r) => r.surveys.get(o.workspaceId, surveyId));
    if (!survey)
      throw new UsageError(`There is no survey ${surveyId} in workspace ${o.workspaceId}.`);
    def = survey.definition;
  }
  const d = (r: Repos): Deps => ({ r, ...deps });
  const importOne = (r: Repos, row: Row): Promise<RowOutcome> => {
    switch (o.kind) {
      case 'customers':
        return importCustomer(d(r), ctx, row.record);
      case 'employees':
        return importEmployee(d(r), ctx, row.record);
      case 'interactions':
        return importInteraction(d(r), ctx, row.record);
      case 'responses':
        return importResponse(d(r), ctx, def as SurveyDefinition, row.record);
    }
  };
  const run = <T>(rows: Row[], fn: (r: Repos, row: Row) => Promise<T>) =>
    o.dryRun ? store.rehearse(rows, fn) : store.writeEach(rows, fn);
  const tally = (rows: Row[], results: Awaited<ReturnType<typeof run<RowOutcome>>>) => {
    results.forEach((res, k) => {
      const line = rows[k]?.line ?? 0;
      if (!res.ok) report.rejected.push(rejection(line, res.error));
      else if (res.value.status === 'created') report.created++;
      else report.duplicates++;
    });
  };

  if (o.kind === 'employees') {
    // Managers may come after their reports in the file: create everyone, then link managers.
    const rows: Row[] = [];
    for await (const row of mappedRows(store, o, def, report)) rows.push(row);
    if (o.dryRun) {
      // One rehearsal holds both passes, so the manager links see the employees just created.
      const twice = [...rows, ...rows];
      const results = await store.rehearse(twice, async (r, row, i): Promise<RowOutcome | null> => {
        if (i < rows.length) return importOne(r, row);
        await linkEmployeeManager(d(r), ctx, row.record);
        return null;
      });
      results.forEach((res, i) => {
        const line = twice[i]?.line ?? 0;
        if (!res.ok) report.rejected.push(rejection(line, res.error));
        else if (res.value?.status === 'created') report.created++;
        else if (res.value?.status === 'duplicate') report.duplicates++;
      });
      return finish(report);
    }
    tally(rows, await store.writeEach(rows, importOne));
    const linked = await store.writeEach(rows, (r, row) =>
      linkEmployeeManager(d(r), ctx, row.record),
    );
    linked.forEach((res, k) => {
      if (!res.ok) report.rejected.push(rejection(rows[k]?.line ?? 0, res.error));
    });
    return finish(report);
  }

  const rehearse = dryRunChunks(store, importOne);
  const flush = (rows: Row[]) =>
    o.dryRun
      ? rehearse(rows)
      : o.kind === 'customers'
        ? writeChunk(store, rows, (r, recs) => importCustomerChunk(d(r), ctx, recs), importOne)
        : run(rows, importOne);
  const size = o.chunkSize ?? 500;
  let chunk: Row[] = [];
  for await (const row of mappedRows(store, o, def, report)) {
    chunk.push(row);
    if (chunk.length >= size) {
      tally(chunk, await flush(chunk));
      chunk = [];
    }
  }
  if (chunk.length) tally(chunk, await flush(chunk));
  return finish(report);
}

function finish(report: ImportReport): ImportReport {
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
}
