/**
 * Why the case exists: the responses, the texts (with the words that triggered the signal
 * marked), the interactions and the low scores behind it, each linked to the customer's history.
 */
import type { CaseEvidence as Evidence } from '@rapport/contracts';
import { Link } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { formatDateTime } from '../../lib/format.ts';
import { entryAnchor } from '../../timeline/Timeline.tsx';
import { codeLabel } from './case-labels.ts';
import { lowScore, responseScores, signalDetail, type ScoreLine } from './evidence-detail.ts';
import { MarkedText } from './MarkedText.tsx';

const KIND_LABELS: Record<Evidence['kind'], string> = {
  response: 'Survey response',
  signal: 'What the text said',
  interaction: 'Interaction',
  low_score: 'Low score in a conversation',
};

/** What the server keeps on a case row (core's MAX_CASE_EVIDENCE). */
const CASE_EVIDENCE_KEPT = 50;

const scoreText = (s: ScoreLine) => `${s.metric} ${s.score}${s.scale ? ` (on ${s.scale})` : ''}`;

export function CaseEvidence({
  evidence,
  customerId,
}: {
  evidence: readonly Evidence[];
  customerId: string | null;
}) {
  const historyLink = (interactionId: string | null) =>
    customerId
      ? interactionId
        ? `${paths.customer(customerId)}#${entryAnchor(interactionId)}`
        : paths.customer(customerId)
      : null;
  if (!evidence.length)
    return <p className="muted">No evidence recorded: the case was opened by hand.</p>;
  return (
    <>
      {evidence.length >= CASE_EVIDENCE_KEPT ? (
        <p className="muted">
          A case keeps its latest {CASE_EVIDENCE_KEPT} pieces of evidence; its history lists every
          one added.
        </p>
      ) : null}
      <ol className="evidence-list">
        {evidence.map((e) => {
          const link = historyLink(
            e.kind === 'interaction'
              ? e.id
              : e.kind === 'signal'
                ? signalDetail(e).interactionId
                : null,
          );
          return (
            <li key={`${e.kind}:${e.id}`} className={`evidence evidence-${e.kind}`}>
              <div className="evidence-head">
                <span className="evidence-kind">{KIND_LABELS[e.kind]}</span>
                <time dateTime={e.at} className="muted">
                  {formatDateTime(e.at)}
                </time>
              </div>
              <EvidenceBody e={e} />
              {link ? (
                <Link to={link} className="evidence-link">
                  {e.kind === 'interaction' ||
                  (e.kind === 'signal' && signalDetail(e).interactionId)
                    ? 'See it in the customer’s history'
                    : 'Open the customer’s history'}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function EvidenceBody({ e }: { e: Evidence }) {
  switch (e.kind) {
    case 'response': {
      const { scores, comment } = responseScores(e);
      return (
        <>
          <p>{scores.length ? scores.map(scoreText).join(' · ') : 'No scores'}</p>
          {comment ? <blockquote className="note-text">{comment}</blockquote> : null}
        </>
      );
    }
    case 'signal': {
      const s = signalDetail(e);
      const words = s.triggers.flatMap(([, w]) => w);
      return (
        <>
          <p>
            {s.sentiment ? `${codeLabel(s.sentiment)} sentiment` : 'Sentiment not read'}
            {s.emotions.length ? ` · ${s.emotions.map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}
            {s.speaker ? ` · said by the ${s.speaker}` : ''}
          </p>
          {s.text ? (
            <blockquote className="note-text">
              <MarkedText text={s.text} words={words} />
            </blockquote>
          ) : null}
          {s.triggers.length ? (
            <p className="evidence-triggers">
              Words that triggered it:{' '}
              {s.triggers.map(([signal, w]) => (
                <span key={signal} className="trigger">
                  {codeLabel(signal)}: <q>{w.join('”, “')}</q>
                </span>
              ))}
            </p>
          ) : null}
        </>
      );
    }
    case 'low_score': {
      const s = lowScore(e);
      return <p>{s ? scoreText(s) : e.summary}</p>;
    }
    case 'interaction':
      return <p>{e.summary.replace(/^Interaction: /, '')}</p>;
  }
}
