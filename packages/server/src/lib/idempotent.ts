/**
 * Writes through the unit of work, honouring `Idempotency-Key`: the key is claimed in the
 * same transaction as the change, so a retried request returns the first response and stores
 * nothing twice; the same key with a different request is refused (422); a rejected request
 * rolls back its claim, so it may be retried.
 */
import { DomainError, type Deps } from '@rapport/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { depsFor, type AppDeps } from '../deps.ts';
import { canonicalJson, sha256 } from './hash.ts';

const KEY = /^[\x21-\x7e]{1,255}$/;

export interface IdempotentOptions<T> {
  /**
   * The response holds a secret shown once (an API key): the stored reply keeps only `id`,
   * and a retry with the same key is answered 409 naming the row it created, never the secret.
   */
  shownOnce?: (body: T) => string | undefined;
}

/** The request's Idempotency-Key, checked (1–255 visible ASCII characters), or undefined. */
export function idempotencyKeyOf(req: FastifyRequest): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key || !KEY.test(key)) {
    throw new DomainError('validation', 'Idempotency-Key must be 1–255 visible ASCII characters.', {
      field: 'header.idempotency-key',
    });
  }
  return key;
}

export async function idempotentWrite<T>(
  app: AppDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  /** The status of a success, or a function of the body that gives it. */
  statusOf: number | ((body: T) => number),
  work: (d: Deps) => Promise<T>,
  opts: IdempotentOptions<T> = {},
): Promise<T> {
  const raw = req.headers['idempotency-key'];
  const status = (body: T) => (typeof statusOf === 'number' ? statusOf : statusOf(body));
  if (raw === undefined) {
    const out = await app.store.write((r) => work(depsFor(app, r)));
    reply.code(status(out));
    return out;
  }
  const key = idempotencyKeyOf(req) as string;
  const ws = req.ctx.workspaceId;
  const requestHash = sha256(
    `${req.method} ${req.routeOptions.url ?? req.url} ${canonicalJson(req.params)} ${canonicalJson(req.body)}`,
  );
  const result = await app.store.write(async (r) => {
    const claim = await r.idempotency.claim(ws, key, requestHash, app.clock.now().toISOString());
    if (claim.state === 'mismatch') {
      throw new DomainError(
        'idempotency_mismatch',
        'This Idempotency-Key was used with a different request; use a new key.',
        {
          field: 'header.idempotency-key',
        },
      );
    }
    if (claim.state === 'in_progress') {
      throw new DomainError(
        'conflict',
        'A request with this Idempotency-Key is still being processed; retry shortly.',
        {
          field: 'header.idempotency-key',
          retryAfterSeconds: 1,
        },
      );
    }
    if (claim.state === 'replay') {
      const stored = claim.body as { secretShownOnce?: boolean; id?: string } | null;
      if (stored?.secretShownOnce) {
        throw new DomainError(
          'conflict',
          `An earlier request with this Idempotency-Key created ${String(stored.id)}; its secret was shown once and is not stored. Revoke it and create another if it was lost.`,
          { field: 'header.idempotency-key' },
        );
      }
      return { status: claim.status, body: claim.body as T, replayed: true };
    }
    const body = await work(depsFor(app, r));
    // Store the response as its JSON form: the replay must be byte-for-byte the same shape.
    const secretOf = opts.shownOnce?.(body);
    const stored = secretOf === undefined ? body : { secretShownOnce: true, id: secretOf };
    const code = status(body);
    await r.idempotency.complete(ws, key, code, JSON.parse(JSON.stringify(stored)) as unknown);
    return { status: code, body, replayed: false };
  });
  reply.code(result.status);
  if (result.replayed) reply.header('Idempotent-Replayed', 'true');
  return result.body;
}

/** Runs a read with the app's deps. */
export function readWith<T>(app: AppDeps, work: (d: Deps) => Promise<T>): Promise<T> {
  return app.store.read((r) => work(depsFor(app, r)));
}
