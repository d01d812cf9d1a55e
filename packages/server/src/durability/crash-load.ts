/**
 * Mixed ingest load with a ledger. Every logical request carries a unique marker (in the
 * customer's name, the interaction's note, the response's comment) so the checks can count
 * its rows. Half carry an Idempotency-Key, some only an externalId, some neither. An answer
 * received is "acknowledged" (a response sent with `Prefer: respond-async` by its 202, before
 * the worker records it); a request cut off by the kill is "in doubt" and — when it can
 * be retried safely (a key or an externalId) — is sent again after the restart.
 */

export type Kind = 'customer' | 'interaction' | 'response';

export interface LoggedRequest {
  kind: Kind;
  marker: string;
  url: string;
  body: Record<string, unknown>;
  idempotencyKey?: string | undefined;
  externalId?: string | undefined;
  /** Answers sent with a response. */
  answers?: number | undefined;
  /** A response sent with `Prefer: respond-async`: acknowledged by 202 before it is recorded. */
  later?: boolean | undefined;
}

export interface Ledger {
  /** For a response accepted for later, `id` is the id it will have and `submissionId` its job. */
  acked: Map<string, { kind: Kind; id: string; request: LoggedRequest; submissionId?: string }>;
  inDoubt: Map<string, LoggedRequest>;
  /** Retried after a restart (counted). */
  retried: number;
  sent: number;
  failures: string[];
}

export const newLedger = (): Ledger => ({
  acked: new Map(),
  inDoubt: new Map(),
  retried: 0,
  sent: 0,
  failures: [],
});

/** A small seeded generator, so a cycle's choices can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export interface LoadWorld {
  apiKey: string;
  employeeIds: string[];
  surveyId: string;
}

let counter = 0;

export function nextRequest(world: LoadWorld, ledger: Ledger, rand: () => number): LoggedRequest {
  const marker = `m${Date.now().toString(36)}x${(counter++).toString(36)}`;
  const style = rand();
  const idempotencyKey = style < 0.5 ? `key-${marker}` : undefined;
  const externalId = style >= 0.5 && style < 0.8 ? `ext-${marker}` : undefined;
  // Only rows whose id is known: a retry answered 409 by its externalId is acknowledged with
  // id '' until the checks look it up, and cannot be referred to yet.
  const known = [...ledger.acked.values()].filter((a) => a.id !== '');
  const interactions = known.filter((a) => a.kind === 'interaction');
  const customers = known.filter((a) => a.kind === 'customer');
  const pick = rand();
  if (pick < 0.3 || !customers.length) {
    return {
      kind: 'customer',
      marker,
      url: '/api/v1/customers',
      idempotencyKey,
      externalId,
      body: {
        name: `Crash ${marker}`,
        email: `${marker}@crash.example`,
        ...(externalId ? { externalId } : {}),
      },
    };
  }
  if (pick < 0.7 || !interactions.length) {
    const customer = customers[Math.floor(rand() * customers.length)]?.id;
    const employee = world.employeeIds[Math.floor(rand() * world.employeeIds.length)];
    const messages = 1 + Math.floor(rand() * 6);
    return {
      kind: 'interaction',
      marker,
      url: '/api/v1/interactions',
      idempotencyKey,
      externalId,
      body: {
        customerId: customer,
        channel: 'chat',
        stage: 'support',
        occurredAt: new Date().toISOString(),
        employeeIds: employee ? [employee] : [],
        note: `Crash ${marker}`,
        ...(externalId ? { externalId } : {}),
        transcript: Array.from({ length: messages }, (_, k) =>
          k % 2
            ? { speaker: 'agent', employeeId: employee ?? null, text: `Reply ${k} to ${marker}` }
            : { speaker: 'customer', text: `Message ${k} of ${marker}` },
        ),
      },
    };
  }
  const interaction = interactions[Math.floor(rand() * interactions.length)]?.id;
  return {
    kind: 'response',
    marker,
    url: '/api/v1/responses',
    idempotencyKey,
    answers: 4,
    later: rand() < 0.4,
    body: {
      surveyId: world.surveyId,
      interactionId: interaction,
      answers: [
        { questionId: 'csat', value: 1 + Math.floor(rand() * 5) },
        { questionId: 'ces', value: 1 + Math.floor(rand() * 7) },
        {
          questionId: 'expectations',
          value: ['failed', 'met', 'exceeded'][Math.floor(rand() * 3)],
        },
        { questionId: 'comment', value: `Crash ${marker}` },
      ],
    },
  };
}

export type Outcome = 'acked' | 'in_doubt' | 'rejected';

/** Sends one request; records it in the ledger. Network failure (the kill) = in doubt. */
export async function send(
  base: string,
  world: LoadWorld,
  ledger: Ledger,
  req: LoggedRequest,
): Promise<Outcome> {
  ledger.sent++;
  let res: Response;
  let text: string;
  try {
    res = await fetch(base + req.url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${world.apiKey}`,
        'content-type': 'application/json',
        ...(req.idempotencyKey ? { 'idempotency-key': req.idempotencyKey } : {}),
        ...(req.later ? { prefer: 'respond-async' } : {}),
      },
      body: JSON.stringify(req.body),
    });
    text = await res.text();
  } catch {
    ledger.inDoubt.set(req.marker, req);
    return 'in_doubt';
  }
  if (res.status === 503) {
    // Not acknowledged: the server is closing (Fastify answers 503 while it shuts down) or its
    // database is away. Like a cut connection, the request may or may not have committed.
    ledger.inDoubt.set(req.marker, req);
    return 'in_doubt';
  }
  ledger.inDoubt.delete(req.marker);
  if (res.status === 201) {
    const id = (JSON.parse(text) as { id?: string }).id;
    if (!id) ledger.failures.push(`${req.kind} ${req.marker}: 201 without an id`);
    else ledger.acked.set(req.marker, { kind: req.kind, id, request: req });
    return 'acked';
  }
  if (res.status === 202 && req.later) {
    const { responseId, submissionId } = JSON.parse(text) as {
      responseId?: string;
      submissionId?: string;
    };
    if (!responseId || !submissionId)
      ledger.failures.push(`${req.kind} ${req.marker}: 202 without its ids`);
    else
      ledger.acked.set(req.marker, { kind: req.kind, id: responseId, request: req, submissionId });
    return 'acked';
  }
  if (res.status === 409 && req.externalId && /externalId/.test(text)) {
    // A retry of a request whose first attempt committed: the row is there, found by its
    // externalId (id '' until the checks look it up).
    ledger.acked.set(req.marker, { kind: req.kind, id: '', request: req });
    return 'acked';
  }
  ledger.failures.push(`${req.kind} ${req.marker}: ${res.status} ${text.slice(0, 300)}`);
  return 'rejected';
}

/** Sends again every in-doubt request that can be retried safely. */
export async function retryInDoubt(base: string, world: LoadWorld, ledger: Ledger): Promise<void> {
  for (const req of [...ledger.inDoubt.values()]) {
    if (!req.idempotencyKey && !req.externalId) continue;
    ledger.retried++;
    await send(base, world, ledger, req);
  }
}

/** `clients` concurrent senders until `stop()` resolves; returns when they have all stopped. */
export async function drive(
  base: string,
  world: LoadWorld,
  ledger: Ledger,
  rand: () => number,
  clients: number,
  until: Promise<void>,
): Promise<void> {
  let stopped = false;
  void until.then(() => (stopped = true));
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!stopped) {
        const outcome = await send(base, world, ledger, nextRequest(world, ledger, rand));
        if (outcome === 'in_doubt') return;
      }
    }),
  );
}
