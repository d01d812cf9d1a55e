/** The chain a compliment travelled up, level by level, with the notes it was passed on with. */
import type { Praise } from '@rapport/contracts';
import { formatDateTime } from '../../lib/format.ts';
import { usePeople } from '../history/people.ts';
import { praiseChain, stepWords } from './praise-chain.ts';

export function PraiseChain({ praise }: { praise: Praise }) {
  const people = usePeople();
  const steps = praiseChain(praise, people.employeeName);
  return (
    <ol className="praise-chain" aria-label="The way up">
      {steps.map((s) => (
        <li key={`${s.employeeId}:${s.level}`} className={`praise-step praise-step-${s.via}`}>
          <span className="praise-level" aria-hidden="true">
            {s.level === 0 ? '★' : `↑${s.level}`}
          </span>
          <div>
            <p>
              <strong>{people.employeeName(s.employeeId) ?? 'Unknown employee'}</strong>{' '}
              <span className="muted">
                — {stepWords(s)} · <time dateTime={s.at}>{formatDateTime(s.at)}</time>
              </span>
            </p>
            {s.note ? <p className="note-text praise-note">{s.note}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
