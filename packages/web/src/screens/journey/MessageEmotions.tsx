/** Under a transcript message: the emotions the model read in it, in words. */
import type { MessageSlotProps } from '../../timeline/extensions.tsx';
import { percent, readingWords } from './emotion-words.ts';
import { useTouchpoint } from './use-customer-journey.ts';
import './journey.css';

const GROUP_HINT =
  '(group): an Ekman group the model read in this message, though none of its emotion labels was strong.';

export function MessageEmotions({ interaction, message }: MessageSlotProps) {
  const tp = useTouchpoint(interaction.customerId, interaction.id);
  const s = tp?.signals.find((x) => x.sourceType === 'message' && x.seq === message.seq);
  if (!s) return null;
  const marks = [
    s.humour >= 0.5 ? `humour ${percent(s.humour)}` : null,
    s.praise >= 0.5 ? `praise ${percent(s.praise)}` : null,
    s.effort >= 0.5 ? `effort ${percent(s.effort)}` : null,
    s.churnRisk >= 0.5 ? `churn risk ${percent(s.churnRisk)}` : null,
  ].filter((m): m is string => m !== null);
  return (
    <p className="message-emotions" title={s.groupsBeyondTop.length ? GROUP_HINT : undefined}>
      <span className="muted">Read as </span>
      {readingWords(s)}
      {marks.length ? <span className="message-marks"> · {marks.join(' · ')}</span> : null}
    </p>
  );
}
