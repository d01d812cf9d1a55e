/**
 * A customer's history: one ordered list of every touchpoint. Presentational — the screen
 * loads the data and passes it in; features plug in through ./extensions.tsx.
 */
import type { PeopleLookup, SortOrder, TimelineEntry, TranscriptState } from './model.ts';
import { ResponseCard } from './ResponseCard.tsx';
import { TouchpointCard } from './TouchpointCard.tsx';

export interface TimelineProps {
  /** In display order (see sortEntries). */
  entries: readonly TimelineEntry[];
  order: SortOrder;
  people: PeopleLookup;
  transcripts: ReadonlyMap<string, TranscriptState>;
  onRetryTranscript?: (interactionId: string) => void;
}

export const entryAnchor = (id: string) => `touchpoint-${id}`;

export function Timeline({
  entries,
  order,
  people,
  transcripts,
  onRetryTranscript,
}: TimelineProps) {
  return (
    <ol
      className="timeline"
      aria-label={`Touchpoints, ${order === 'newest' ? 'newest' : 'oldest'} first`}
    >
      {entries.map((entry) => (
        <li key={`${entry.kind}:${entry.id}`} id={entryAnchor(entry.id)} className="timeline-item">
          <EntryView
            entry={entry}
            people={people}
            transcripts={transcripts}
            onRetryTranscript={onRetryTranscript}
          />
        </li>
      ))}
    </ol>
  );
}

function EntryView({
  entry,
  people,
  transcripts,
  onRetryTranscript,
}: {
  entry: TimelineEntry;
  people: PeopleLookup;
  transcripts: ReadonlyMap<string, TranscriptState>;
  onRetryTranscript?: (interactionId: string) => void;
}) {
  switch (entry.kind) {
    case 'interaction':
      return (
        <TouchpointCard
          interaction={entry.interaction}
          transcript={transcripts.get(entry.id)}
          people={people}
          onRetryTranscript={onRetryTranscript ? () => onRetryTranscript(entry.id) : undefined}
        />
      );
    case 'response':
      return <ResponseCard touchpoint={entry.touchpoint} />;
  }
}
