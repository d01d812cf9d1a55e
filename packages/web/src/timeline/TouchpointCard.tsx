/**
 * One interaction on the timeline: channel, time, stage, the people who handled it, outcome
 * and expectation, the note, the transcript, and whatever the extensions add.
 */
import type { Interaction } from '@rapport/contracts';
import { ChannelLabel } from '../components/ChannelIcon.tsx';
import { ExpectationBadge, OutcomeBadge, StageTag } from '../components/Badges.tsx';
import { formatDateTime, formatDuration } from '../lib/format.ts';
import { Slots, useTimelineExtensions } from './extensions.tsx';
import type { PeopleLookup, TranscriptState } from './model.ts';
import { Transcript } from './Transcript.tsx';

function People({ ids, people }: { ids: string[]; people: PeopleLookup }) {
  if (ids.length === 0) return <span className="muted">No one recorded</span>;
  return (
    <ul className="inline-list">
      {ids.map((id, k) => (
        <li key={id}>
          {people.employeeName(id) ?? <span className="muted">Unknown employee</span>}
          {k === 0 && ids.length > 1 ? <span className="muted"> (handled it)</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function TouchpointCard({
  interaction: i,
  transcript,
  people,
  onRetryTranscript,
}: {
  interaction: Interaction;
  transcript: TranscriptState | undefined;
  people: PeopleLookup;
  onRetryTranscript?: () => void;
}) {
  const ext = useTimelineExtensions();
  const headingId = `touchpoint-title-${i.id}`;
  const team = i.teamId ? people.teamName(i.teamId) : undefined;
  return (
    <article className="touchpoint" aria-labelledby={headingId}>
      <header className="touchpoint-head">
        <h3 id={headingId} className="touchpoint-title">
          <ChannelLabel channel={i.channel} />
          <span className="visually-hidden">, journey stage: </span>
          <StageTag stage={i.stage} />
        </h3>
        <p className="touchpoint-when">
          <time dateTime={i.occurredAt}>{formatDateTime(i.occurredAt)}</time>
          {i.durationSeconds != null ? (
            <span className="muted"> · {formatDuration(i.durationSeconds)}</span>
          ) : null}
        </p>
        <Slots slots={ext.touchpointBadges} props={{ interaction: i }} />
      </header>
      <dl className="facts">
        <div>
          <dt>Handled by</dt>
          <dd>
            <People ids={i.employeeIds} people={people} />
            {team ? <span className="muted"> · {team}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>
            <OutcomeBadge outcome={i.outcome} />
          </dd>
        </div>
        <div>
          <dt>Expectation</dt>
          <dd>
            <ExpectationBadge expectation={i.expectation} />
          </dd>
        </div>
      </dl>
      {i.note ? (
        <section className="note" aria-label="Note">
          <h4 className="section-title">Note</h4>
          <p className="note-text">{i.note}</p>
        </section>
      ) : null}
      <Transcript interaction={i} state={transcript} people={people} onRetry={onRetryTranscript} />
      <Slots
        slots={ext.touchpointSections}
        props={{
          interaction: i,
          messages: transcript?.status === 'ready' ? transcript.messages : undefined,
        }}
      />
    </article>
  );
}
