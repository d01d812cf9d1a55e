/**
 * Privacy use cases: export everything about one customer, erase them everywhere (aggregates
 * stay), and the retention policy that removes old raw text. Each leaves an audit entry in
 * the same transaction as its work.
 */
import { recordAudit } from '../audit/audit.service.ts';
import { holdsText, withoutText } from '../cases/evidence.ts';
import { scheduleEngagement } from '../engagement/engagement.service.ts';
import { conversationWithoutText } from './conversation-text.ts';
import { authorize, type Ctx } from '../auth/actor.ts';
import { DAY_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import { invalid, notFound } from '../errors/domain-error.ts';
import type { RetentionPolicy } from '../ports/security-repos.ts';
import {
  EXPORT_FORMAT,
  RETENTION_BATCH,
  RETENTION_MAX_DAYS,
  RETENTION_MIN_DAYS,
  type CustomerExport,
  type ErasureReport,
} from './privacy.ts';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export async function exportCustomer(d: Deps, ctx: Ctx, id: string): Promise<CustomerExport> {
  authorize(ctx, 'privacy:export');
  const customer = await d.r.customers.get(ctx.workspaceId, id);
  if (!customer) throw notFound('customer', id);
  const records = await d.r.privacy.collect(ctx.workspaceId, id);
  const counts = Object.fromEntries(Object.entries(records).map(([t, rows]) => [t, rows.length]));
  await recordAudit(d, ctx, {
    action: 'customer.export',
    targetType: 'customer',
    targetId: id,
    detail: { rows: counts },
  });
  return {
    format: EXPORT_FORMAT,
    exportedAt: d.clock.now().toISOString(),
    workspaceId: ctx.workspaceId,
    customerId: id,
    customer,
    records,
  };
}

export async function eraseCustomer(d: Deps, ctx: Ctx, id: string): Promise<ErasureReport> {
  authorize(ctx, 'privacy:erase');
  if (!(await d.r.customers.get(ctx.workspaceId, id))) throw notFound('customer', id);
  const deleted = await d.r.privacy.erase(ctx.workspaceId, id);
  await recordAudit(d, ctx, {
    action: 'customer.erase',
    targetType: 'customer',
    targetId: id,
    detail: { deleted, total: sum(deleted) },
  });
  return { customerId: id, erasedAt: d.clock.now().toISOString(), deleted };
}

export async function getRetention(d: Deps, ctx: Ctx): Promise<RetentionPolicy> {
  authorize(ctx, 'settings:read');
  return d.r.privacy.getRetention(ctx.workspaceId);
}

export async function setRetention(
  d: Deps,
  ctx: Ctx,
  input: { rawTextDays: number | null },
): Promise<RetentionPolicy> {
  authorize(ctx, 'settings:write');
  const days = input.rawTextDays;
  if (
    days !== null &&
    (!Number.isInteger(days) || days < RETENTION_MIN_DAYS || days > RETENTION_MAX_DAYS)
  ) {
    throw invalid(
      'rawTextDays',
      `Keep raw text for ${RETENTION_MIN_DAYS} to ${RETENTION_MAX_DAYS} whole days, or null to keep it.`,
    );
  }
  const before = await d.r.privacy.getRetention(ctx.workspaceId);
  const policy: RetentionPolicy = { rawTextDays: days, updatedAt: d.clock.now().toISOString() };
  await d.r.privacy.setRetention(ctx.workspaceId, policy);
  await recordAudit(d, ctx, {
    action: 'retention.update',
    targetType: 'workspace',
    targetId: ctx.workspaceId,
    detail: { from: before.rawTextDays, to: days },
  });
  return policy;
}

export interface RetentionRun {
  before: string;
  removed: Record<string, number>;
  /** Customers whose engagement history quoted removed words: recomputed by the worker. */
  rescored: number;
  /** True when a column hit the batch limit: run again for the rest. */
  more: boolean;
}

/** Saves each row redacted; one changed since it was read keeps its words until the next run. */
async function redactEach<R>(rows: R[], save: (row: R) => Promise<boolean>): Promise<number> {
  let n = 0;
  for (const row of rows) if (await save(row)) n++;
  return n;
}

/**
 * The copies of the customer's words older than `before` that rows keep beside the originals:
 * a case's evidence (a comment, a note, a signal's text and words; scores, emotions and
 * references stay) and a survey conversation on its invitation. Counts per copy.
 */
async function redactCopies(d: Deps, ws: string, before: string, batch: number) {
  const cases = await redactEach(await d.r.cases.withTextBefore(ws, before, batch), (c) =>
    d.r.cases.redactEvidence(
      ws,
      c.id,
      c.version,
      c.evidence.map((e) => (e.at < before && holdsText(e) ? withoutText(e) : e)),
    ),
  );
  const conversations = await redactEach(
    await d.r.invitations.withTextBefore(ws, before, batch),
    (i) =>
      d.r.invitations.redactConversation(
        ws,
        i.id,
        i.updatedAt,
        conversationWithoutText(i.conversation, before, i.expiresAt),
      ),
  );
  return { 'cases.evidence': cases, 'invitations.conversation': conversations };
}

/** Removes one batch of raw text older than the policy allows (the worker's retention job). */
export async function applyRetention(
  d: Deps,
  ctx: Ctx,
  rawTextDays: number,
  batch = RETENTION_BATCH,
): Promise<RetentionRun> {
  authorize(ctx, 'settings:write');
  const before = new Date(d.clock.now().getTime() - rawTextDays * DAY_MS).toISOString();
  const removed = await d.r.privacy.redactTextBefore(ctx.workspaceId, before, batch);
  for (const [copy, n] of Object.entries(await redactCopies(d, ctx.workspaceId, before, batch)))
    if (n) removed[copy] = n;
  // Engagement steps quoting a signal's words: recomputed (by the worker, after this run) once
  // the signals lost them above. Not counted towards `more`: until the recomputes have run,
  // the next run would find the same customers again.
  const quoting = await d.r.engagement.quotingWordsBefore(ctx.workspaceId, before, batch);
  for (const q of quoting) await scheduleEngagement(d, ctx.workspaceId, q.customerId, q.from);
  const total = sum(removed);
  const rescored = quoting.length;
  if (total > 0 || rescored > 0) {
    await recordAudit(d, ctx, {
      action: 'retention.run',
      targetType: 'workspace',
      targetId: ctx.workspaceId,
      detail: { before, removed, total, rescored },
    });
  }
  return { before, removed, rescored, more: Object.values(removed).some((n) => n >= batch) };
}
