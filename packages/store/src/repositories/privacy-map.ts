/**
 * Where personal data lives, for the privacy sweeps. Rather than a list of tables that a new
 * migration could forget, the sweeps read the live schema: every table with one of the
 * reference columns below is swept by it, so a feature's new table that keeps, say, a
 * `customer_id` is erased and exported the day it lands (privacy.repository.test.ts fails
 * when a table with personal data escapes).
 */

/** The kinds of rows that belong to one customer, and the table each kind's id lives in. */
export const ENTITY_TABLES = {
  customer: 'customers',
  interaction: 'interactions',
  invitation: 'invitations',
  response: 'responses',
  signal: 'signals',
  case: 'cases',
  praise: 'praise',
  task: 'tasks',
} as const;
export type EntityKind = keyof typeof ENTITY_TABLES;

/** A column that points at a row of a kind. */
export const REFERENCE_COLUMNS: Record<string, EntityKind> = {
  customer_id: 'customer',
  interaction_id: 'interaction',
  invitation_id: 'invitation',
  response_id: 'response',
  signal_id: 'signal',
  case_id: 'case',
  praise_id: 'praise',
  task_id: 'task',
};

/**
 * Tables the reference sweep leaves alone: aggregates that hold no person (metric roll-ups),
 * the audit log (who did what must outlive the erasure; it holds ids, never personal data),
 * and bookkeeping.
 */
export const KEPT_TABLES = new Set([
  'metric_rollups',
  'metric_cube',
  'audit_log',
  'workspaces',
  'rate_limits',
  'privacy_settings',
  'kysely_migration',
  'kysely_migration_lock',
]);

/**
 * Tables whose JSON or text payloads may name the customer's rows without a reference column:
 * queued jobs, webhook deliveries and stored idempotent replies. Rows that mention an erased
 * id are deleted (running jobs are left to their lease: they find nothing).
 */
export const PAYLOAD_TABLES: Array<{ table: string; column: string; skipStatus?: string }> = [
  { table: 'jobs', column: 'payload', skipStatus: 'running' },
  { table: 'webhook_deliveries', column: 'payload' },
  { table: 'idempotency_keys', column: 'response_body' },
];

/** Raw text a retention policy removes: the column, the time that dates it, what it becomes. */
export interface RawTextColumn {
  table: string;
  column: string;
  at: string;
  /** A column that groups rows for batching (an id, or the parent's id). */
  group: string;
  blank: '' | '{}' | null;
  /** Only rows whose `column` is one of `values` (rows still in use keep their text). */
  only?: { column: string; values: string[] };
}

export const RAW_TEXT: RawTextColumn[] = [
  { table: 'interactions', column: 'note', at: 'occurred_at', group: 'id', blank: null },
  { table: 'messages', column: 'text', at: 'at', group: 'interaction_id', blank: '' },
  { table: 'responses', column: 'comment', at: 'submitted_at', group: 'id', blank: null },
  { table: 'answers', column: 'value_text', at: 'submitted_at', group: 'response_id', blank: null },
  { table: 'praise', column: 'text', at: 'created_at', group: 'id', blank: null },
  {
    table: 'praise_deliveries',
    column: 'note',
    at: 'delivered_at',
    group: 'praise_id',
    blank: null,
  },
  { table: 'tasks', column: 'note', at: 'created_at', group: 'id', blank: null },
  { table: 'outbound_messages', column: 'text', at: 'sent_at', group: 'key', blank: '' },
  // The words a signal was read from (the emotions and scores stay).
  { table: 'signals', column: 'triggers', at: 'at', group: 'id', blank: '{}' },
  // What a webhook carried (a response's comment, a case's evidence), once it is delivered or
  // has failed for good: the delivery log keeps the event, status and answer.
  {
    table: 'webhook_deliveries',
    column: 'payload',
    at: 'created_at',
    group: 'id',
    blank: '{}',
    only: { column: 'status', values: ['delivered', 'failed'] },
  },
];

/** Columns never exported: hashes of secrets (tokens, keys) say nothing about the person. */
export const isSecretColumn = (column: string): boolean => /_hash$/.test(column);
