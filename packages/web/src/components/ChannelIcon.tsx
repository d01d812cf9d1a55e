/** An icon per channel, always shown beside the channel's name (the icon alone says nothing to a screen reader). */
import type { Channel } from '@rapport/contracts';
import { CHANNEL_LABELS } from '../lib/labels.ts';

const PATHS: Record<Channel, string> = {
  phone:
    'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
  ivr: 'M6 4h2v2H6zM11 4h2v2h-2zM16 4h2v2h-2zM6 9h2v2H6zM11 9h2v2h-2zM16 9h2v2h-2zM6 14h2v2H6zM11 14h2v2h-2zM16 14h2v2h-2zM11 19h2v2h-2z',
  email: 'M3 6h18v12H3zM3 6l9 7 9-7',
  chat: 'M4 5h16v11H9l-5 4z',
  sms: 'M7 2h10a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1M9 7h6M9 11h4M11 18h2',
  web: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  in_store: 'M4 10h16v10H4zM3 10l2-6h14l2 6M10 20v-5h4v5',
  social:
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6M2 20c0-3 3-5 6-5s6 2 6 5M17 11a2.5 2.5 0 1 0 0-5M16 15c3 0 6 1.5 6 5',
  field_visit: 'M2 7h11v9H2zM13 10h4l3 3v3h-7M6 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4M17 19a2 2 0 1 0 0-4',
};

export function ChannelIcon({ channel }: { channel: Channel }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[channel]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function ChannelLabel({ channel }: { channel: Channel }) {
  return (
    <span className="channel">
      <ChannelIcon channel={channel} />
      <span>{CHANNEL_LABELS[channel]}</span>
    </span>
  );
}
