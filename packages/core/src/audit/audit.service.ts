/**
 * Recording and reading the audit log. Services call `recordAudit` inside the transaction of
 * the change they log, so the entry commits with it; denials and failures are recorded in a
 * transaction of their own (the change itself rolled back).
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import type { Page, PageRequest } from '../common/page.ts';
import type { AuditEntry, AuditFilter, AuditOutcome } from './audit.ts';

export interface AuditEvent {
  action: string;
  targetType: string;
  targetId?: string | null | undefined;
  outcome?: AuditOutcome | undefined;
  detail?: Record<string, unknown> | undefined;
}

/** Appends one entry for the actor of `ctx`. */
export async function recordAudit(d: Deps, ctx: Ctx, e: AuditEvent): Promise<AuditEntry> {
  const entry: AuditEntry = {
    id: d.ids.id('aud'),
    workspaceId: ctx.workspaceId,
    at: d.clock.now().toISOString(),
    actorKind: ctx.actor.kind,
    actorId: ctx.actor.id,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId ?? null,
    outcome: e.outcome ?? 'ok',
    detail: e.detail ?? {},
  };
  await d.r.audit.record(entry);
  return entry;
}

/** The log, newest first; admins only. */
export async function listAudit(
  d: Deps,
  ctx: Ctx,
  filter: AuditFilter,
  page: PageRequest,
): Promise<Page<AuditEntry>> {
  authorize(ctx, 'audit:read');
  return d.r.audit.list(ctx.workspaceId, filter, page);
}
