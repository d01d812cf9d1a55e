/**
 * Exports of one kind as CSV or JSON Lines, page by page through the repositories (constant
 * memory). CSV cells that a spreadsheet would run as formulas are neutralised; the CSV columns
 * are Rapport's field names, so an export imports back without a mapping.
 */
import {
  csvLine,
  type Customer,
  type Employee,
  type Interaction,
  type SurveyResponse,
  type Repos,
  type SurveyDefinition,
} from '@rapport/core';
import type { Store } from '@rapport/store';

export const EXPORT_KINDS = ['customers', 'employees', 'interactions', 'responses'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

type Cell = string | number | boolean | null | undefined;

interface Spec<T> {
  page(r: Repos, cursor: string | undefined): Promise<{ items: T[]; nextCursor: string | null }>;
  columns: string[];
  cells(item: T): Cell[];
  json(item: T): unknown;
}

const PAGE = 1000;

function customers(ws: string): Spec<Customer> {
  return {
    page: (r, cursor) => r.customers.list(ws, {}, { limit: PAGE, cursor }),
    columns: [
      'id',
      'externalId',
      'name',
      'email',
      'phone',
      'timezone',
      'locale',
      'segment',
      'relationshipOwnerId',
      'engagementScore',
      'consentEmail',
      'consentSms',
      'optedOutAt',
      'createdAt',
      'attributes',
    ],
    cells: (c) => [
      c.id,
      c.externalId,
      c.name,
      c.email,
      c.phone,
      c.timezone,
      c.locale,
      c.segment,
      c.relationshipOwnerId,
      c.engagementScore,
      c.consent.email,
      c.consent.sms,
      c.optedOutAt,
      c.createdAt,
      JSON.stringify(c.attributes),
    ],
    json: ({ workspaceId: _w, ...c }) => c,
  };
}

function employees(ws: string): Spec<Employee> {
  return {
    page: (r, cursor) => r.employees.list(ws, {}, { limit: PAGE, cursor }),
    columns: [
      'id',
      'externalId',
      'name',
      'email',
      'phone',
      'title',
      'teamId',
      'managerId',
      'active',
      'createdAt',
    ],
    cells: (e) => [
      e.id,
      e.externalId,
      e.name,
      e.email,
      e.phone,
      e.title,
      e.teamId,
      e.managerId,
      e.active,
      e.createdAt,
    ],
    json: ({ workspaceId: _w, ...e }) => e,
  };
}

function interactions(ws: string): Spec<Interaction> {
  return {
    page: (r, cursor) => r.interactions.list(ws, {}, { limit: PAGE, cursor }),
    columns: [
      'id',
      'externalId',
      'customerId',
      'channel',
      'stage',
      'occurredAt',
      'outcome',
      'expectation',
      'employeeIds',
      'teamId',
      'note',
      'durationSeconds',
      'messageCount',
    ],
    cells: (i) => [
      i.id,
      i.externalId,
      i.customerId,
      i.channel,
      i.stage,
      i.occurredAt,
      i.outcome,
      i.expectation,
      i.employeeIds.join(';'),
      i.teamId,
      i.note,
      i.durationSeconds,
      i.messageCount ?? i.messages.length,
    ],
    json: ({ workspaceId: _w, messages: _m, ...i }) => i,
  };
}

function answerText(v: SurveyResponse['answers'][number]): Cell {
  if (v.valueText !== null) return v.valueText;
  if (Array.isArray(v.valueJson)) return (v.valueJson as unknown[]).join(';');
  if (typeof v.valueJson === 'boolean') return v.valueJson ? 'yes' : 'no';
  return v.valueNum;
}

function responses(
  ws: string,
  def: SurveyDefinition | null,
  surveyId: string | undefined,
): Spec<SurveyResponse> {
  const questions = def?.questions ?? [];
  return {
    page: async (r, cursor) => {
      const page = await r.responses.list(ws, { surveyId }, { limit: PAGE, cursor });
      // Pulse answers are anonymous: they leave only as figures for large enough groups.
      return {
        ...page,
        items: page.items.filter(
          (x) => x.surveyKind !== 'employee' && x.surveyKind !== 'leadership',
        ),
      };
    },
    columns: [
      'id',
      'externalId',
      'surveyId',
      'surveyVersion',
      'customerId',
      'interactionId',
      'channel',
      'stage',
      'segment',
      'submittedAt',
      'completed',
      ...questions.map((q) => q.id),
    ],
    cells: (x) => {
      const by = new Map(x.answers.map((a) => [a.questionId, a]));
      return [
        x.id,
        x.externalId ?? null,
        x.surveyId,
        x.surveyVersion,
        x.customerId,
        x.interactionId,
        x.channel,
        x.stage,
        x.segment,
        x.submittedAt,
        x.completed,
        ...questions.map((q) => {
          const a = by.get(q.id);
          return a ? answerText(a) : null;
        }),
      ];
    },
    json: ({ workspaceId: _w, answers, ...x }) => ({
      ...x,
      answers: Object.fromEntries(answers.map((a) => [a.questionId, answerText(a)])),
    }),
  };
}

export interface ExportOptions {
  kind: ExportKind;
  format: 'csv' | 'jsonl';
  workspaceId: string;
  surveyId?: string | undefined;
  write: (line: string) => Promise<void>;
  onRows?: (n: number) => void;
}

export async function exportKind(store: Store, o: ExportOptions): Promise<number> {
  let def: SurveyDefinition | null = null;
  if (o.kind === 'responses' && o.surveyId) {
    const s = await store.read((r) => r.surveys.get(o.workspaceId, o.surveyId as string));
    if (!s) throw new Error(`There is no survey ${o.surveyId} in workspace ${o.workspaceId}.`);
    def = s.definition;
  }
  if (o.kind === 'responses' && o.format === 'csv' && !def)
    throw new Error(
      'A CSV export of responses is per survey: give --survey <id> (or use --format jsonl).',
    );
  const spec = (
    o.kind === 'customers'
      ? customers(o.workspaceId)
      : o.kind === 'employees'
        ? employees(o.workspaceId)
        : o.kind === 'interactions'
          ? interactions(o.workspaceId)
          : responses(o.workspaceId, def, o.surveyId)
  ) as Spec<unknown>;
  if (o.format === 'csv') await o.write(csvLine(spec.columns));
  let n = 0;
  let cursor: string | undefined;
  do {
    const page = await store.read((r) => spec.page(r, cursor));
    for (const item of page.items) {
      await o.write(
        o.format === 'csv' ? csvLine(spec.cells(item)) : JSON.stringify(spec.json(item)),
      );
      n++;
    }
    o.onRows?.(n);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return n;
}
