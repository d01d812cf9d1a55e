/**
 * Bulk ingest of interactions as NDJSON: one JSON object per line. Every line is judged on
 * its own — a bad line never stops the rest — and the answer says, per line, what was
 * created, what was a duplicate (its externalId exists already) and what was rejected and why.
 */
import { createInteraction, DomainError, isDomainError, type Ctx, type Deps } from '@rapport/core';
import { interactionInput, type BulkResult, type InteractionInputBody } from '@rapport/contracts';
import type { AppDeps } from '../../deps.ts';
import { depsFor } from '../../deps.ts';
import { fieldIssues } from '../../lib/zod-issues.ts';
import { canonicalJson, sha256 } from '../../lib/hash.ts';
import { findNul } from '../../plugins/input-hygiene.ts';

type LineResult = BulkResult['results'][number];

export const MAX_BULK_LINES = 10_000;

/**
 * One line under an Idempotency-Key: the key of the request and the line's number are claimed
 * in the line's own savepoint, so a retried request replays each line that was created (same
 * id) and runs again only the lines that were not.
 */
async function createLineOnce(
  d: Deps,
  ctx: Ctx,
  lineKey: string,
  input: InteractionInputBody,
): Promise<{ id: string }> {
  const claim = await d.r.idempotency.claim(
    ctx.workspaceId,
    lineKey,
    sha256(canonicalJson(input)),
    d.clock.now().toISOString(),
  );
  if (claim.state === 'replay') return claim.body as { id: string };
  if (claim.state === 'mismatch')
    throw new DomainError(
      'idempotency_mismatch',
      'This Idempotency-Key was used with a different line here; use a new key.',
      { field: 'line' },
    );
  if (claim.state === 'in_progress')
    throw new DomainError('conflict', 'This line is still being processed; retry shortly.', {
      field: 'line',
    });
  const created = await createInteraction(d, ctx, input);
  await d.r.idempotency.complete(ctx.workspaceId, lineKey, 201, { id: created.id });
  return created;
}

export async function ingestNdjson(
  deps: AppDeps,
  ctx: Ctx,
  body: string,
  idempotencyKey?: string,
): Promise<BulkResult> {
  const results: LineResult[] = [];
  const valid: Array<{ line: number; input: InteractionInputBody }> = [];
  const lines = body.split('\n');
  lines.forEach((text, k) => {
    const line = k + 1;
    if (!text.trim()) return;
    if (valid.length + results.length >= MAX_BULK_LINES) {
      results.push({
        line,
        status: 'rejected',
        errors: [
          {
            field: 'line',
            message: `more than ${MAX_BULK_LINES} lines in one request; send the rest in another`,
          },
        ],
      });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      results.push({
        line,
        status: 'rejected',
        errors: [{ field: 'line', message: `not JSON: ${(e as Error).message}` }],
      });
      return;
    }
    const nul = findNul(json);
    if (nul) {
      results.push({
        line,
        status: 'rejected',
        errors: [{ field: nul, message: 'the NUL character (U+0000) is not accepted' }],
      });
      return;
    }
    const parsed = interactionInput.safeParse(json);
    if (!parsed.success)
      results.push({ line, status: 'rejected', errors: fieldIssues(parsed.error) });
    else valid.push({ line, input: parsed.data });
  });

  const outcomes = await deps.store.writeEach(valid, (r, item) =>
    idempotencyKey
      ? createLineOnce(depsFor(deps, r), ctx, `${idempotencyKey}#${item.line}`, item.input)
      : createInteraction(depsFor(deps, r), ctx, item.input),
  );
  const dupes = valid.filter((v, k) => {
    const o = outcomes[k];
    return (
      o && !o.ok && isDomainError(o.error) && o.error.code === 'conflict' && v.input.externalId
    );
  });
  const existing = new Map<string, string>();
  if (dupes.length) {
    await deps.store.read(async (r) => {
      for (const d of dupes) {
        const found = await r.interactions.getByExternalId(
          ctx.workspaceId,
          d.input.externalId as string,
        );
        if (found) existing.set(d.input.externalId as string, found.id);
      }
    });
  }
  valid.forEach((v, k) => {
    const o = outcomes[k];
    if (!o) return;
    if (o.ok) results.push({ line: v.line, status: 'created', id: o.value.id });
    else if (isDomainError(o.error) && o.error.code === 'conflict' && v.input.externalId) {
      const id = existing.get(v.input.externalId);
      results.push({ line: v.line, status: 'duplicate', ...(id ? { id } : {}) });
    } else if (isDomainError(o.error))
      results.push({
        line: v.line,
        status: 'rejected',
        errors: o.error.issues.length
          ? o.error.issues
          : [{ field: 'line', message: o.error.message }],
      });
    else throw o.error;
  });
  results.sort((a, b) => a.line - b.line);
  return {
    accepted: results.filter((x) => x.status === 'created').length,
    duplicates: results.filter((x) => x.status === 'duplicate').length,
    rejected: results.filter((x) => x.status === 'rejected').length,
    results,
  };
}
