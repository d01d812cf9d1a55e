/** Who did what: kept for every change to people's data and every security-relevant event. */
export interface AuditEntry {
  id: string;
  workspaceId: string;
  at: string;
  actorKind: 'user' | 'api_key' | 'system';
  actorId: string;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  /** Never personal data or secrets: ids, counts, field names, reasons. */
  detail: Record<string, unknown>;
}

export type AuditOutcome = AuditEntry['outcome'];

/** Filters of the audit log; every one optional. */
export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  targetId?: string | undefined;
  outcome?: AuditOutcome | undefined;
  /** ISO time, inclusive. */
  from?: string | undefined;
  /** ISO time, exclusive. */
  to?: string | undefined;
}
