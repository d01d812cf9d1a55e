/**
 * Invitations and responses of one survey over customer-world.ts, for the role-scope tests of
 * the invitation list and the survey funnel (issue 11). Each invitation is named by what it is
 * about, and its status follows from the contact rules:
 *
 *   annCall   Ann's customer about `annCall`, web: sent
 *   calOnAnn  Ann's customer about `calOnAnn`, web: skipped (contacted a moment ago)
 *   benCall   Ben's customer about `benCall`, web: sent
 *   lead      the lead's account, about no interaction, e-mail: skipped (no address)
 *   caseCust  the customer of Ann's case, about no interaction, chat: sent
 *   calCall   Cal's customer about `calCall`, web: sent
 *   nobody    nobody's customer, e-mail: scheduled
 *
 * Responses to the survey: about `annCall`, about `calCall`, from the lead's account, from
 * nobody's customer.
 */
import { transactionalCsatSurvey } from '@rapport/core';
import type { CustomerWorld } from './customer-world.ts';
import type { OrgWorld } from './org-world.ts';

export const INVITED = [
  'annCall',
  'calOnAnn',
  'benCall',
  'lead',
  'caseCust',
  'calCall',
  'nobody',
] as const;
export type Invited = (typeof INVITED)[number];
export type Answered = 'annCall' | 'calCall' | 'lead' | 'nobody';

export interface InvitationWorld {
  surveyId: string;
  inv: Record<Invited, string>;
  /** Each invitation's status as stored. */
  status: Record<Invited, string>;
  rsp: Record<Answered, string>;
}

export async function invitationWorld(w: OrgWorld, x: CustomerWorld): Promise<InvitationWorld> {
  const surveyId = (
    await w.ws.json<{ id: string }>('POST', '/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'after-visit' }),
      status: 'live',
    })
  ).id;
  const invite = async (customerId: string, channel: string, interactionId?: string) =>
    (
      await w.ws.json<{ invitation: { id: string; status: string } }>(
        'POST',
        '/api/v1/invitations',
        { surveyId, customerId, channel, ...(interactionId ? { interactionId } : {}) },
      )
    ).invitation;
  const made: Record<Invited, { id: string; status: string }> = {
    annCall: await invite(x.c.annCust, 'web', x.i.annCall),
    calOnAnn: await invite(x.c.annCust, 'web', x.i.calOnAnn),
    benCall: await invite(x.c.benCust, 'web', x.i.benCall),
    lead: await invite(x.c.leadCust, 'email'),
    caseCust: await invite(x.c.caseCust, 'chat'),
    calCall: await invite(x.c.calCust, 'web', x.i.calCall),
    nobody: await invite(x.c.nobody, 'email'),
  };
  const answer = async (about: { interactionId: string } | { customerId: string }) =>
    (
      await w.ws.json<{ id: string }>('POST', '/api/v1/responses', {
        surveyId,
        ...about,
        answers: [{ questionId: 'csat', value: 4 }],
      })
    ).id;
  const rsp: Record<Answered, string> = {
    annCall: await answer({ interactionId: x.i.annCall }),
    calCall: await answer({ interactionId: x.i.calCall }),
    lead: await answer({ customerId: x.c.leadCust }),
    nobody: await answer({ customerId: x.c.nobody }),
  };
  const inv = {} as Record<Invited, string>;
  const status = {} as Record<Invited, string>;
  for (const k of INVITED) {
    inv[k] = made[k].id;
    status[k] = made[k].status;
  }
  return { surveyId, inv, status, rsp };
}
