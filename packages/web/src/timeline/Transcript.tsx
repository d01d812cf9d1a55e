/** A conversation's messages, each tagged with who spoke; long ones open on demand. */
import { useState } from 'react';
import type { Interaction, InteractionMessage } from '@rapport/contracts';
import { formatTime } from '../lib/format.ts';
import { SPEAKER_LABELS } from '../lib/labels.ts';
import { Slots, useTimelineExtensions } from './extensions.tsx';
import type { PeopleLookup, TranscriptState } from './model.ts';

export const TRANSCRIPT_PREVIEW = 6;

function speakerName(m: InteractionMessage, people: PeopleLookup): string {
  const role = SPEAKER_LABELS[m.speaker];
  const name = m.employeeId ? people.employeeName(m.employeeId) : undefined;
  return name ? `${role} · ${name}` : role;
}

export function Transcript({
  interaction,
  state,
  people,
  onRetry,
}: {
  interaction: Interaction;
  state: TranscriptState | undefined;
  people: PeopleLookup;
  onRetry?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const { messageAnnotations } = useTimelineExtensions();
  if (!state || state.status === 'loading') {
    return (
      <p className="transcript-status muted" role="status">
        Loading the transcript…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="transcript-status" role="alert">
        The transcript could not be loaded: {state.error.detail}{' '}
        {onRetry ? (
          <button type="button" className="button button-small" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </p>
    );
  }
  const { messages } = state;
  if (messages.length === 0) return null;
  const shown = open ? messages : messages.slice(0, TRANSCRIPT_PREVIEW);
  const listId = `transcript-${interaction.id}`;
  return (
    <section className="transcript" aria-label={`Transcript, ${messages.length} messages`}>
      <h4 className="section-title">Transcript</h4>
      <ol className="messages" id={listId}>
        {shown.map((m) => (
          <li key={m.seq} className={`message message-${m.speaker}`}>
            <div className="message-head">
              <span className="speaker">{speakerName(m, people)}</span>
              <time dateTime={m.at}>{formatTime(m.at)}</time>
            </div>
            <p className="message-text">{m.text}</p>
            <Slots slots={messageAnnotations} props={{ interaction, message: m }} />
          </li>
        ))}
      </ol>
      {messages.length > TRANSCRIPT_PREVIEW ? (
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Show fewer messages' : `Show all ${messages.length} messages`}
        </button>
      ) : null}
    </section>
  );
}
