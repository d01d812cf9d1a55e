/**
 * The responses behind a figure: when, who (a link to the customer's history, at the
 * touchpoint the response was about), the answers the figure counted, and the comment as text.
 */
import type { ResponseAnswer, SurveyResponse } from '@rapport/contracts';
import { useCustomers } from '../../api/directory.tsx';
import { Link } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { StageTag } from '../../components/Badges.tsx';
import { ChannelLabel } from '../../components/ChannelIcon.tsx';
import { formatDate, formatTime } from '../../lib/format.ts';
import { entryAnchor } from '../../timeline/Timeline.tsx';
import { customerName } from '../customers/CustomerTable.tsx';
import type { Drill } from './drill.ts';

const EXPECTATION_WORDS = ['Failed', 'Met', 'Exceeded'];

export function answerText(a: ResponseAnswer): string {
  if (a.metric === 'expectations') {
    const word = a.valueText ?? EXPECTATION_WORDS[a.valueNum ?? -1];
    return word ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : 'Skipped';
  }
  if (a.valueNum === null) return 'Skipped';
  return `${a.valueNum} on ${a.scaleMin ?? '?'}–${a.scaleMax ?? '?'}`;
}

/** The answers of a response that the drill-down's figure counted. */
export function countedAnswers(r: SurveyResponse, d: Drill): ResponseAnswer[] {
  const [min, max] = d.scale.split('–').map(Number);
  return r.answers.filter(
    (a) => a.metric === d.metric && a.valueNum !== null && a.scaleMin === min && a.scaleMax === max,
  );
}

export function ResponseTable({
  responses,
  drill,
  busy,
  caption,
}: {
  responses: SurveyResponse[];
  drill: Drill;
  busy: boolean;
  caption: string;
}) {
  const customerOf = useCustomers(responses.flatMap((r) => (r.customerId ? [r.customerId] : [])));
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table-stack table-compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Customer</th>
            <th scope="col">Answer</th>
            <th scope="col">Channel and stage</th>
            <th scope="col">Comment</th>
          </tr>
        </thead>
        <tbody>
          {responses.map((r) => {
            const c = r.customerId ? customerOf(r.customerId) : null;
            const name = c ? customerName(c) : c === null ? 'Unknown customer' : 'Customer…';
            return (
              <tr key={r.id}>
                <td data-label="When">
                  <time dateTime={r.submittedAt} className="when">
                    <span>{formatDate(r.submittedAt)}</span>{' '}
                    <span className="muted">{formatTime(r.submittedAt)}</span>
                  </time>
                </td>
                <th scope="row" data-label="Customer" className="wrap">
                  {r.customerId ? (
                    <Link
                      to={`${paths.customer(r.customerId)}${r.interactionId ? `#${entryAnchor(r.interactionId)}` : ''}`}
                    >
                      {name}
                    </Link>
                  ) : (
                    <span className="muted">Anonymous</span>
                  )}
                </th>
                <td data-label="Answer">
                  <ul className="plain-list">
                    {countedAnswers(r, drill).map((a) => (
                      <li key={a.questionId}>
                        <strong>{answerText(a)}</strong>
                      </li>
                    ))}
                  </ul>
                </td>
                <td data-label="Channel, stage">
                  <div className="stack">
                    <ChannelLabel channel={r.channel} />
                    {r.stage ? <StageTag stage={r.stage} /> : null}
                  </div>
                </td>
                <td data-label="Comment" className="cell-note">
                  {r.comment ? (
                    <span className="comment-text">{r.comment}</span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
