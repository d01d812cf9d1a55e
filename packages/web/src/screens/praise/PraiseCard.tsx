/** One compliment: the words (as text), who it is about, the customer, and the way it went up. */
import type { Praise } from '@rapport/contracts';
import { useCustomers, useEmployees } from '../../api/directory.tsx';
import { Link } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { useMe } from '../../app/session.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { entryAnchor } from '../../timeline/Timeline.tsx';
import { customerName } from '../customers/CustomerTable.tsx';
import { usePeople } from '../history/people.ts';
import { passTarget } from './praise-chain.ts';
import { PassUpForm } from './PassUpForm.tsx';
import { PraiseChain } from './PraiseChain.tsx';

const SOURCE_LABELS: Record<Praise['source'], string> = {
  signal: 'Read in what the customer said',
  response: 'In a survey answer',
  contact_form: 'Through the website’s contact form',
  colleague: 'Logged by a colleague',
};

export function PraiseCard({
  praise: p,
  onChanged,
}: {
  praise: Praise;
  onChanged: (p: Praise) => void;
}) {
  const me = useMe();
  const people = usePeople();
  const employees = useEmployees().data;
  const customerOf = useCustomers(p.customerId ? [p.customerId] : []);
  const customer = p.customerId ? customerOf(p.customerId) : null;
  const target = passTarget(p, me.employeeId, (id) => employees?.get(id)?.managerId);
  const about = p.subjectIds.map((id) => people.employeeName(id) ?? 'Unknown employee');
  const titleId = `praise-${p.id}`;

  return (
    <article className="praise-card" aria-labelledby={titleId}>
      <header className="praise-head">
        <h3 id={titleId}>
          <span aria-hidden="true">★ </span>
          {about.length ? `Praise for ${about.join(', ')}` : 'Praise'}
        </h3>
        <p className="muted">
          {SOURCE_LABELS[p.source]} ·{' '}
          <time dateTime={p.createdAt}>{formatDateTime(p.createdAt)}</time>
        </p>
      </header>
      {p.text ? (
        <blockquote className="praise-text">{p.text}</blockquote>
      ) : (
        <p className="muted">No words were recorded with it.</p>
      )}
      {p.customerId ? (
        <p>
          From{' '}
          <Link
            to={
              p.interactionId
                ? `${paths.customer(p.customerId)}#${entryAnchor(p.interactionId)}`
                : paths.customer(p.customerId)
            }
          >
            {customer ? customerName(customer) : customer === null ? 'a customer' : 'the customer…'}
          </Link>
        </p>
      ) : null}
      <h4 className="section-title">The way up</h4>
      <PraiseChain praise={p} />
      {target ? (
        <PassUpForm
          praise={p}
          managerName={people.employeeName(target) ?? 'your manager'}
          onPassed={onChanged}
        />
      ) : null}
    </article>
  );
}
