/**
 * A survey response on the timeline with no interaction behind it — the web survey page, an
 * API or imported response: its channel, stage and time, and the sections the extensions add
 * (what the customer wrote, what it moved).
 */
import type { Channel, JourneyTouchpoint } from '@rapport/contracts';
import { ChannelLabel } from '../components/ChannelIcon.tsx';
import { StageTag } from '../components/Badges.tsx';
import { formatDateTime } from '../lib/format.ts';
import { CHANNEL_LABELS } from '../lib/labels.ts';
import { Slots, useTimelineExtensions } from './extensions.tsx';

const isChannel = (c: string): c is Channel => c in CHANNEL_LABELS;

export function ResponseCard({ touchpoint: t }: { touchpoint: JourneyTouchpoint }) {
  const ext = useTimelineExtensions();
  const headingId = `touchpoint-title-${t.key}`;
  return (
    <article className="touchpoint" aria-labelledby={headingId}>
      <header className="touchpoint-head">
        <h3 id={headingId} className="touchpoint-title">
          <span>Survey answered</span>
          {isChannel(t.channel) ? (
            <>
              <span className="visually-hidden">, channel: </span>
              <ChannelLabel channel={t.channel} />
            </>
          ) : null}
          {t.stage ? (
            <>
              <span className="visually-hidden">, journey stage: </span>
              <StageTag stage={t.stage} />
            </>
          ) : null}
        </h3>
        <p className="touchpoint-when">
          <time dateTime={t.at}>{formatDateTime(t.at)}</time>
        </p>
      </header>
      <Slots slots={ext.responseSections} props={{ touchpoint: t }} />
    </article>
  );
}
