/**
 * Under a touchpoint: why the customer's engagement moved (each reason with its points), what
 * the customer's side of it read as, and — for a conversation — its emotional arc, drawn and as
 * a table.
 */
import { lazy, Suspense } from 'react';
import type { JourneyTouchpoint } from '@rapport/contracts';
import type { TouchpointSlotProps } from '../../timeline/extensions.tsx';
import { ChartFallback } from '../../charts/ChartFallback.tsx';
import { ARC_HEIGHT, arcMessages } from './arc-option.ts';
import { ArcTable } from './ArcTable.tsx';
import { emotionWord, factorWord, signedPoints, valenceWords } from './emotion-words.ts';
import { reasonDetail } from './reason-detail.ts';
import { useTouchpoint } from './use-customer-journey.ts';
import './journey.css';

const ConversationArc = lazy(() => import('./ConversationArc.tsx'));

export function EngagementSection({ interaction, messages }: TouchpointSlotProps) {
  const tp = useTouchpoint(interaction.customerId, interaction.id);
  return tp ? <TouchpointReading tp={tp} messages={messages} /> : null;
}

/** What a touchpoint's texts read as and why its engagement moved (an interaction's or a response's). */
export function TouchpointReading({
  tp,
  messages,
}: {
  tp: JourneyTouchpoint;
  messages?: TouchpointSlotProps['messages'];
}) {
  if (!tp.engagement && !tp.emotions) return null;
  const e = tp.engagement;
  const feel = tp.emotions;
  const arc = arcMessages(tp.signals);
  return (
    <section className="engagement-section" aria-label="Emotions and engagement">
      <h4 className="section-title">Emotions and engagement</h4>
      {feel ? (
        <p>
          The customer’s side ({feel.n} text{feel.n === 1 ? '' : 's'}) read{' '}
          {valenceWords(feel.valence)}
          {feel.n > 1 ? `, from ${valenceWords(feel.first)} to ${valenceWords(feel.last)}` : ''}
          {feel.top.length
            ? `; mostly ${feel.top.map((t) => emotionWord(t.label)).join(', ')}`
            : ''}
          .
        </p>
      ) : null}
      {e ? (
        <table className="table reasons">
          <caption>
            Engagement {e.before.toFixed(1)} → {e.after.toFixed(1)} ({signedPoints(e.delta)}),
            because of:
          </caption>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Detail</th>
              <th scope="col" className="num">
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {e.reasons.map((r) => (
              <tr key={r.factor}>
                <th scope="row">{factorWord(r.factor)}</th>
                <td>{reasonDetail(r)}</td>
                <td className="num">{signedPoints(r.points, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {arc.length >= 2 ? (
        <>
          <Suspense
            fallback={<ChartFallback label="Drawing the conversation’s arc…" height={ARC_HEIGHT} />}
          >
            <ConversationArc signals={arc} />
          </Suspense>
          <ArcTable signals={arc} messages={messages} />
        </>
      ) : null}
    </section>
  );
}
