/** Ports of the journey: engagement history, a customer's touchpoints, the emotion map. */
import type { EngagementEvent } from '../engagement/engagement-event.ts';
import type { TouchpointData } from '../engagement/touchpoint.ts';
import type { EmotionCountRow, EmotionMapFilter } from '../journey/emotion-map.ts';

export interface EngagementRepo {
  /** A customer's events in touchpoint order (time, then id). */
  events(ws: string, customerId: string): Promise<EngagementEvent[]>;
  /** The customer's last event strictly before `at`. */
  lastBefore(ws: string, customerId: string, at: string): Promise<EngagementEvent | undefined>;
  /** Deletes the customer's events at or after `from` (all when null) and inserts `events`. */
  replaceFrom(
    ws: string,
    customerId: string,
    from: string | null,
    events: readonly EngagementEvent[],
  ): Promise<void>;
  /**
   * The customer's interactions at or after `from` (all when null), the customer-survey
   * responses about them or submitted since, and the signals of both.
   */
  touchpoints(ws: string, customerId: string, from: string | null): Promise<TouchpointData>;
  /**
   * Customers with events before `before` whose reasons quote a signal's words, each with the
   * time of the oldest such event (raw-text retention recomputes them from there).
   */
  quotingWordsBefore(
    ws: string,
    before: string,
    limit: number,
  ): Promise<Array<{ customerId: string; from: string }>>;
}

/** A text that can be (re-)analysed: an interaction with a note or transcript, or a comment. */
export type TextSourceKind = 'interaction' | 'response';

export interface JourneyRepo {
  /** Signals counted by stage, sentiment and Ekman set (a few rows per stage). */
  emotionCounts(ws: string, filter: EmotionMapFilter): Promise<EmotionCountRow[]>;
  /** Sources with text, by id, after the cursor id. */
  textSources(
    ws: string,
    kind: TextSourceKind,
    after: string | null,
    limit: number,
  ): Promise<string[]>;
  countTextSources(ws: string, kind: TextSourceKind): Promise<number>;
}
