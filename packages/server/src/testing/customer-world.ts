/**
 * Customers, interactions and responses over the org of org-world.ts, for the role-scope tests
 * of issue 11 — who served whom, whose relationship, whose case:
 *
 *   annCust   ann served `annCall` (answered: `annCsat`); cal served `calOnAnn` (`calCsat`)
 *   benCust   ben served `benCall`
 *   leadCust  the lead owns the relationship (`leadNps`, about no interaction); cal served
 *             `calOnLead`
 *   caseCust  cal served `calOnCase`; a case about the customer is owned by ann
 *   calCust   cal served `calCall`
 *   w.customer  nobody's (only analysts, admins and keys see it)
 */
import { relationshipNpsSurvey, transactionalCsatSurvey } from '@rapport/core';
import type { OrgWorld, Person } from './org-world.ts';

export interface CustomerWorld {
  c: Record<'annCust' | 'benCust' | 'leadCust' | 'caseCust' | 'calCust' | 'nobody', string>;
  i: Record<'annCall' | 'calOnAnn' | 'benCall' | 'calOnLead' | 'calOnCase' | 'calCall', string>;
  r: Record<'annCsat' | 'calCsat' | 'leadNps', string>;
  caseId: string;
}

export async function customerWorld(w: OrgWorld): Promise<CustomerWorld> {
  const post = async (path: string, body: unknown) =>
    (await w.ws.json<{ id: string }>('POST', path, body)).id;
  const customer = (name: string, owner?: Person) =>
    post('/api/v1/customers', {
      name,
      ...(owner ? { relationshipOwnerId: w.e[owner] } : {}),
    });
  let minute = 0;
  const call = (customerId: string, who: Person) =>
    post('/api/v1/interactions', {
      customerId,
      channel: 'phone',
      stage: 'support',
      occurredAt: `2026-01-04T08:${String(minute++).padStart(2, '0')}:00.000Z`,
      employeeIds: [w.e[who]],
      note: `${who} took the call`,
    });
  const csat = await post('/api/v1/surveys', {
    definition: transactionalCsatSurvey({ id: 'csat' }),
    status: 'live',
  });
  const nps = await post('/api/v1/surveys', {
    definition: relationshipNpsSurvey({ id: 'nps' }),
    status: 'live',
  });
  const c = {
    annCust: await customer('Ann’s customer'),
    benCust: await customer('Ben’s customer'),
    leadCust: await customer('The lead’s account', 'lead'),
    caseCust: await customer('A customer with a case'),
    calCust: await customer('Cal’s customer'),
    nobody: w.customer,
  };
  const i = {
    annCall: await call(c.annCust, 'ann'),
    calOnAnn: await call(c.annCust, 'cal'),
    benCall: await call(c.benCust, 'ben'),
    calOnLead: await call(c.leadCust, 'cal'),
    calOnCase: await call(c.caseCust, 'cal'),
    calCall: await call(c.calCust, 'cal'),
  };
  const answer = (interactionId: string) =>
    post('/api/v1/responses', {
      surveyId: csat,
      interactionId,
      answers: [{ questionId: 'csat', value: 5 }],
    });
  const r = {
    annCsat: await answer(i.annCall),
    calCsat: await answer(i.calOnAnn),
    leadNps: await post('/api/v1/responses', {
      surveyId: nps,
      customerId: c.leadCust,
      answers: [{ questionId: 'nps', value: 9 }],
    }),
  };
  const caseId = await post('/api/v1/cases', {
    reason: 'call_back',
    customerId: c.caseCust,
    ownerId: w.e.ann,
  });
  return { c, i, r, caseId };
}
