/**
 * What a customer's timeline holds: interactions, and survey responses with no interaction
 * behind them (the web survey page, an API or imported response). Cases and praise would join
 * as new kinds of `TimelineEntry` (add the kind here, then its renderer in Timeline.tsx — the
 * switch there is exhaustive, so the compiler points at it).
 */
import type {
  ApiError,
  Interaction,
  InteractionMessage,
  JourneyTouchpoint,
} from '@rapport/contracts';

export type SortOrder = 'newest' | 'oldest';

export interface InteractionEntry {
  kind: 'interaction';
  id: string;
  /** When it happened (ISO-8601): the timeline's order. */
  at: string;
  interaction: Interaction;
}

export interface ResponseEntry {
  kind: 'response';
  id: string;
  at: string;
  /** The customer journey's touchpoint of the response (its engagement and emotions). */
  touchpoint: JourneyTouchpoint;
}

export type TimelineEntry = InteractionEntry | ResponseEntry;

export const interactionEntry = (interaction: Interaction): InteractionEntry => ({
  kind: 'interaction',
  id: interaction.id,
  at: interaction.occurredAt,
  interaction,
});

/** The journey's touchpoints that are responses on their own (no interaction behind them). */
export const responseEntries = (touchpoints: readonly JourneyTouchpoint[]): ResponseEntry[] =>
  touchpoints
    .filter((t) => t.kind === 'response' && t.interactionId === null)
    .map((t) => ({ kind: 'response', id: t.key, at: t.at, touchpoint: t }));

/** Entries in time order, ties broken by id so the order is stable. */
export function sortEntries(entries: readonly TimelineEntry[], order: SortOrder): TimelineEntry[] {
  const sign = order === 'newest' ? -1 : 1;
  return [...entries].sort((a, b) => {
    const t = Date.parse(a.at) - Date.parse(b.at);
    if (t !== 0) return sign * t;
    return sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** A touchpoint's transcript: the list API leaves messages out, so each is loaded on its own. */
export type TranscriptState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; messages: InteractionMessage[] };

/** Names for the ids a touchpoint carries. */
export interface PeopleLookup {
  employeeName(id: string): string | undefined;
  teamName(id: string): string | undefined;
}
