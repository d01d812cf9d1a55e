/**
 * One case: what it is about and why (the evidence, linked to the customer's history), what can
 * be done (take it, move it along, reassign, close it with its outcome), the notes and every
 * step so far.
 */
import { useEffect, useState } from 'react';
import type { Case } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useCustomers } from '../../api/directory.tsx';
import { useResource } from '../../api/use-resource.ts';
import { Link } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { customerName } from '../customers/CustomerTable.tsx';
import { reasonLabel } from './case-labels.ts';
import { caseScope, mayOpenCase } from './case-scope.ts';
import { CaseEvidence } from './CaseEvidence.tsx';
import { CaseFacts } from './CaseFacts.tsx';
import { CaseHistory } from './CaseHistory.tsx';
import { CaseNotes } from './CaseNotes.tsx';
import { CaseStatusActions } from './CaseStatusActions.tsx';
import { CloseCaseForm } from './CloseCaseForm.tsx';
import { useMyTeam } from './use-my-team.ts';
import './cases.css';

export default function CaseScreen({ caseId }: { caseId: string }) {
  const api = useApi();
  const me = useMe();
  const { team, ready } = useMyTeam();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string>();
  const detail = useResource((signal) => api.cases.get(caseId, { signal }), [api, caseId, version]);
  const settings = useResource((signal) => api.closedLoop.get({ signal }), [api]);
  const c = detail.data;
  const customerOf = useCustomers(c?.customerId ? [c.customerId] : []);
  const customer = c?.customerId ? customerOf(c.customerId) : null;
  const title = c
    ? `${reasonLabel(c.reason)}${customer ? ` · ${customerName(customer)}` : ''}`
    : 'Case';

  useEffect(() => {
    document.title = `${title} · Cases · Rapport`;
  }, [title]);

  const changed = (_next: Case, message: string) => {
    setNotice(message);
    setVersion((v) => v + 1);
  };
  const crumb = (
    <p className="breadcrumb">
      <Link to={paths.cases}>← Cases</Link>
    </p>
  );

  if (detail.error && !c)
    return (
      <>
        {crumb}
        <PageHeader title="Case" />
        <ErrorState
          error={detail.error}
          title="The case could not be loaded"
          onRetry={detail.reload}
        />
      </>
    );
  if (!c || !ready)
    return (
      <>
        {crumb}
        <PageHeader title="Case" />
        <Loading label="Loading the case…" />
      </>
    );
  if (!mayOpenCase(me, c, team))
    return (
      <>
        {crumb}
        <PageHeader title="Not one of your cases" />
        <p>
          This case belongs to someone else’s queue. <Link to={paths.cases}>See your cases</Link>.
        </p>
      </>
    );
  const scope = caseScope(me, team);

  return (
    <>
      {crumb}
      <PageHeader
        title={title}
        subtitle={
          c.customerId ? (
            <Link to={paths.customer(c.customerId)}>The customer’s history</Link>
          ) : (
            'No customer'
          )
        }
      />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {detail.error ? <ErrorState error={detail.error} onRetry={detail.reload} /> : null}
      <div className="case-layout" aria-busy={detail.loading}>
        <div className="case-main">
          <section className="panel" aria-labelledby="case-work-title">
            <h2 id="case-work-title">The case</h2>
            <CaseFacts value={c} />
            <CaseStatusActions
              value={c}
              employeeId={me.employeeId}
              canAssign={scope.canAssign}
              onChanged={changed}
            />
          </section>
          <section className="panel" aria-labelledby="case-evidence-title">
            <h2 id="case-evidence-title">Evidence</h2>
            <CaseEvidence evidence={c.evidence} customerId={c.customerId} />
          </section>
          {c.status !== 'closed' ? (
            <section className="panel" aria-labelledby="close-title">
              <CloseCaseForm
                value={c}
                settings={settings.data}
                onClosed={(next) => changed(next, 'The case is closed.')}
              />
            </section>
          ) : null}
        </div>
        <div className="case-side">
          <section className="panel" aria-labelledby="case-notes-title">
            <h2 id="case-notes-title">Notes</h2>
            <CaseNotes
              value={c}
              history={c.history}
              onAdded={(next) => changed(next, 'Note added.')}
            />
          </section>
          <section className="panel" aria-labelledby="case-history-title">
            <h2 id="case-history-title">History</h2>
            <CaseHistory events={c.history} />
          </section>
        </div>
      </div>
    </>
  );
}
