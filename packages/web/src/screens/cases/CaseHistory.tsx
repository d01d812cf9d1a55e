/** Every step of the case, oldest first, in words, with who took it (notes are listed apart). */
import type { CaseEvent } from '@rapport/contracts';
import { useMe } from '../../app/session.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { usePeople } from '../history/people.ts';
import { actorText, describeEvent } from './case-history.ts';
import { historySteps } from './history-steps.ts';
import { useUserNames } from './use-user-names.ts';

export function CaseHistory({ events }: { events: readonly CaseEvent[] }) {
  const me = useMe();
  const people = usePeople();
  const userName = useUserNames();
  return (
    <ol className="case-history">
      {historySteps(events).map(({ event: e, count, firstAt }) => (
        <li key={e.seq} className={`case-step case-step-${e.kind}`}>
          <span className="muted">
            {count > 1 && (
              <>
                <time dateTime={firstAt}>{formatDateTime(firstAt)}</time> –{' '}
              </>
            )}
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
          </span>
          <p>
            <strong>{actorText(e, me, userName)}</strong> ·{' '}
            {describeEvent(e, people.employeeName, count)}
          </p>
        </li>
      ))}
    </ol>
  );
}
