/**
 * In a touchpoint's header: the customer's engagement before → after it, with an arrow and the
 * signed change in words as well as colour.
 */
import type { TouchpointSlotProps } from '../../timeline/extensions.tsx';
import { signedPoints } from './emotion-words.ts';
import { useTouchpoint } from './use-customer-journey.ts';
import './journey.css';

export function EngagementBadge({ interaction }: TouchpointSlotProps) {
  const e = useTouchpoint(interaction.customerId, interaction.id)?.engagement;
  if (!e) return null;
  const up = e.delta > 0;
  const down = e.delta < 0;
  const tone = up ? 'good' : down ? 'bad' : 'neutral';
  const mark = up ? '▲' : down ? '▼' : '●';
  return (
    <span
      className={`badge badge-${tone} engagement-badge`}
      title="The customer's engagement score before and after this touchpoint (0–100)"
    >
      Engagement {e.before.toFixed(1)} <span aria-hidden="true">→</span>
      <span className="visually-hidden">to</span> {e.after.toFixed(1)}{' '}
      <span aria-hidden="true" className="badge-mark">
        {mark}
      </span>{' '}
      ({signedPoints(e.delta)})
    </span>
  );
}
