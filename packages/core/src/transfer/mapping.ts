/**
 * A column mapping says which column of a file fills which field of Rapport. It is plain JSON
 * (a mapping file), or built by a preset from a known export format (Qualtrics, SurveyMonkey,
 * Formbricks, Chatwoot). Several columns may fill one field (joined with a space: first and
 * last name); a constant fills a field every row shares (the channel of a phone export).
 */
import { DomainError } from '../errors/domain-error.ts';

export const IMPORT_KINDS = ['customers', 'employees', 'interactions', 'responses'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const TARGETS: Record<ImportKind, readonly string[]> = {
  customers: [
    'externalId',
    'name',
    'email',
    'phone',
    'timezone',
    'locale',
    'segment',
    'relationshipOwner',
  ],
  employees: ['externalId', 'name', 'email', 'phone', 'title', 'team', 'manager'],
  interactions: [
    'externalId',
    'customer',
    'customerEmail',
    'channel',
    'stage',
    'occurredAt',
    'outcome',
    'expectation',
    'employees',
    'note',
    'durationSeconds',
  ],
  responses: [
    'externalId',
    'submittedAt',
    'completed',
    'customer',
    'customerEmail',
    'customerName',
    'interaction',
    'channel',
  ],
};

export interface ImportMapping {
  kind: ImportKind;
  /** Header rows at the top of the file (Qualtrics has 3, SurveyMonkey 2). Default 1. */
  headerRows?: number | undefined;
  /** Which header row (1-based) names the columns. Default 1. */
  nameRow?: number | undefined;
  /** Target field → the column (or columns, joined with a space) that fills it. */
  columns: Record<string, string | string[]>;
  /** Target field → a value every row gets. */
  constants?: Record<string, string> | undefined;
  /** Responses: the Rapport survey they answer. */
  surveyId?: string | undefined;
  /** Responses: question id → the column holding its answers. */
  questions?: Record<string, string> | undefined;
  /** Customers: `attributes.<key>` → column, kept as free attributes. */
  attributes?: Record<string, string> | undefined;
}

const fail = (field: string, message: string) => new DomainError('validation', message, { field });

/** Checks a mapping against the file's column names; names the first problem. */
export function checkMapping(m: ImportMapping, columnNames: readonly string[]): void {
  const known = new Set(columnNames);
  const targets = new Set(TARGETS[m.kind]);
  for (const [target, source] of Object.entries(m.columns)) {
    if (!targets.has(target))
      throw fail(
        `columns.${target}`,
        `"${target}" is not a field of ${m.kind}; use ${[...targets].join(', ')}.`,
      );
    for (const col of Array.isArray(source) ? source : [source]) {
      if (!known.has(col)) throw fail(`columns.${target}`, `The file has no column "${col}".`);
    }
  }
  for (const target of Object.keys(m.constants ?? {})) {
    if (!targets.has(target))
      throw fail(`constants.${target}`, `"${target}" is not a field of ${m.kind}.`);
  }
  for (const [q, col] of Object.entries(m.questions ?? {})) {
    if (!known.has(col)) throw fail(`questions.${q}`, `The file has no column "${col}".`);
  }
  for (const [k, col] of Object.entries(m.attributes ?? {})) {
    if (!known.has(col)) throw fail(`attributes.${k}`, `The file has no column "${col}".`);
  }
  if (m.kind === 'responses' && !m.surveyId)
    throw fail('surveyId', 'Responses are imported into a survey: give its id (--survey).');
}

/** One record as target fields (and answers by question id), from its cells. */
export interface MappedRecord {
  fields: Record<string, string>;
  answers: Record<string, string>;
  attributes: Record<string, string>;
}

/**
 * Undoes the apostrophe a CSV export puts before a cell a spreadsheet would run as a formula
 * (see neutralizeCsvCell), so Rapport's own exports import back as they were.
 */
export function restoreCsvCell(v: string): string {
  return /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? v.slice(1) : v;
}

export function mapRecord(
  m: ImportMapping,
  columnNames: readonly string[],
  cells: readonly string[],
): MappedRecord {
  const index = new Map(columnNames.map((c, i) => [c, i]));
  const cell = (col: string) => restoreCsvCell((cells[index.get(col) ?? -1] ?? '').trim());
  const fields: Record<string, string> = { ...(m.constants ?? {}) };
  for (const [target, source] of Object.entries(m.columns)) {
    const v = (Array.isArray(source) ? source : [source]).map(cell).filter(Boolean).join(' ');
    if (v) fields[target] = v;
  }
  const answers: Record<string, string> = {};
  for (const [q, col] of Object.entries(m.questions ?? {})) answers[q] = cell(col);
  const attributes: Record<string, string> = {};
  for (const [k, col] of Object.entries(m.attributes ?? {}))
    if (cell(col)) attributes[k] = cell(col);
  return { fields, answers, attributes };
}
