/**
 * Writes under load through the balancer, as a careful integrator sends them: every create
 * carries an Idempotency-Key and is retried with the same key while the answer is a 502/503,
 * a 409 "still in progress" or a dropped connection. The ledger keeps what was acknowledged.
 */
import type { HttpClient } from './http-client.ts';

export interface Ledger {
  /** Idempotency-Key → the id the acknowledgement named. */
  acked: Map<string, string>;
  /** Which backend acknowledged each write, in order. */
  ackedBy: number[];
  /** Attempts that had to be retried (gateway errors, dropped connections, in progress). */
  retries: number;
  /** Keys given up after the last retry (in doubt: stored at most once). */
  gaveUp: string[];
}

export interface Load {
  ledger: Ledger;
  stop(): Promise<void>;
}

const RETRYABLE = new Set([409, 429, 502, 503, 504]);

export function startWriteLoad(
  api: HttpClient,
  opts: { clients: number; prefix: string; maxPerClient?: number; retries?: number },
): Load {
  const ledger: Ledger = { acked: new Map(), ackedBy: [], retries: 0, gaveUp: [] };
  let stopping = false;
  const client = async (n: number) => {
    for (let i = 0; i < (opts.maxPerClient ?? 2_000) && !stopping; i++) {
      const key = `${opts.prefix}-${n}-${i}`;
      let done = false;
      for (let attempt = 0; attempt < (opts.retries ?? 40) && !done; attempt++) {
        try {
          const a = await api.call<{ id: string }>(
            'POST',
            '/api/v1/customers',
            { name: key },
            { 'idempotency-key': key },
          );
          if (a.status === 201) {
            ledger.acked.set(key, a.body.id);
            ledger.ackedBy.push(a.backend);
            done = true;
          } else if (!RETRYABLE.has(a.status)) {
            throw new Error(`POST /api/v1/customers → ${a.status}: ${a.text}`);
          }
        } catch (e) {
          if (e instanceof Error && e.message.startsWith('POST')) throw e;
          // A dropped connection: the write may or may not have happened; retry the same key.
        }
        if (!done) {
          ledger.retries++;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      if (!done) ledger.gaveUp.push(key);
    }
  };
  const running = Promise.all(Array.from({ length: opts.clients }, (_, n) => client(n)));
  return {
    ledger,
    async stop() {
      stopping = true;
      await running;
    },
  };
}
