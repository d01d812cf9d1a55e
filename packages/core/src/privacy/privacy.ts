/** The subject-access export and erasure of one customer, and raw-text retention. */
import type { Customer } from '../customers/customer.ts';
import type { TableRows } from '../ports/security-repos.ts';

export const EXPORT_FORMAT = 'rapport.customer-export/1';

/** Everything Rapport holds about one person, as JSON. */
export interface CustomerExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  workspaceId: string;
  customerId: string;
  customer: Customer;
  /** Every stored row that is about the customer, by table, as stored. */
  records: Record<string, TableRows>;
}

export interface ErasureReport {
  customerId: string;
  erasedAt: string;
  /** Rows deleted per table. */
  deleted: Record<string, number>;
}

/** Bounds of the retention setting: at least a day, at most ten years. */
export const RETENTION_MIN_DAYS = 1;
export const RETENTION_MAX_DAYS = 3650;
/** Rows per text column a retention run removes at most (the job re-runs until done). */
export const RETENTION_BATCH = 5_000;
