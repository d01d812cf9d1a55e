/**
 * What the customer history adds to the bare timeline. Features register here:
 * - touchpointBadges: e.g. the engagement score before → after each touchpoint;
 * - touchpointSections: survey answers, the cases and the praise around a touchpoint;
 * - messageAnnotations: the emotions read in each transcript message;
 * - responseSections: under a response on its own, what the customer wrote and what it moved.
 * The journey chart above the timeline (JourneyChart.tsx) takes extra series the same way
 * (the engagement-score line).
 */
import type { TimelineExtensions } from '../../timeline/extensions.tsx';
import { EngagementBadge } from '../journey/EngagementBadge.tsx';
import { EngagementSection } from '../journey/EngagementSection.tsx';
import { MessageEmotions } from '../journey/MessageEmotions.tsx';
import { ResponseReading } from '../journey/ResponseReading.tsx';

export const HISTORY_EXTENSIONS: TimelineExtensions = {
  touchpointBadges: [{ key: 'engagement', Component: EngagementBadge }],
  touchpointSections: [{ key: 'engagement', Component: EngagementSection }],
  messageAnnotations: [{ key: 'emotions', Component: MessageEmotions }],
  responseSections: [{ key: 'reading', Component: ResponseReading }],
};
