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
  detail: Record<string, unknown>;
}
