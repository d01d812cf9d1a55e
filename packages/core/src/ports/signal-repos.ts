import type { Signal, SignalSource } from '../signals/signal.ts';

export interface SignalRepo {
  get(ws: string, id: string): Promise<Signal | undefined>;
  /** Inserts, or replaces the signal of the same (source, seq): re-analysis after a model update. */
  upsert(s: Signal): Promise<void>;
  bySource(ws: string, sourceType: SignalSource, sourceId: string): Promise<Signal[]>;
  /** A customer's signals in time order (for the history and the journey map). */
  byCustomer(ws: string, customerId: string, limit: number): Promise<Signal[]>;
  /** Deletes every signal of a customer (privacy erase); returns how many. */
  deleteForCustomer(ws: string, customerId: string): Promise<number>;
}
