/**
 * Story 2, the ignored red flag (seeds/001) — not ignored this time. Michael Allenson calls about
 * unexpected roaming charges; Jessica C explains the plan and waives part of the fee. The
 * carrier-style survey follows by SMS, run as a real conversation through the dialogue engine:
 * likely-to-recommend 1 (on 1–10) is answered at once with an apology and a question; Michael
 * says it was the store visit (the rude assistant manager, on his history twelve days earlier)
 * and that he is thinking of moving his accounts; he gives Jessica 10 and 10 and adds nothing.
 * The low score opens a churn-risk case for his relationship owner, not for Jessica, at once;
 * the owner calls him back the next day, notes what she learnt and resolves it. Jessica's CSAT
 * is 10/10 and her figures carry no NPS.
 */
import {
  addNote,
  carrierStyleSurvey,
  conversationOf,
  createSurvey,
  DAY_MS,
  inviteCustomer,
  replyToConversation,
  startSurveyConversation,
  updateCase,
  type DemoStory,
} from '@rapport/core';
import { storyRecord } from './story-record.ts';
import {
  asEmployee,
  at,
  ctxOf,
  hire,
  iso,
  momentOf,
  newCustomer,
  teamNamed,
  touch,
  type StoryWorld,
} from './story-kit.ts';

/** Michael's replies, in order, one minute apart. */
export const MICHAEL_REPLIES = [
  '1',
  "It's not about today's call. I was at one of your stores recently and the staff there were the rudest I have ever met. I'm considering moving all of my accounts elsewhere.",
  '10',
  '10',
  'no',
] as const;

export async function tellRedFlag(w: StoryWorld): Promise<DemoStory> {
  const south = teamNamed(w, 'Phone Support South');
  const stores = teamNamed(w, 'Retail Stores');
  const retention = teamNamed(w, 'Retention');
  const owner = retention.agents[0] ?? retention.lead;
  const { jessica, derek, survey, michael } = await at(w, w.until - 500 * DAY_MS, async (d) => ({
    jessica: await hire(d, w, {
      name: 'Jessica C',
      title: 'agent',
      teamId: south.team.id,
      managerId: south.lead.id,
    }),
    derek: await hire(d, w, {
      name: 'Derek Vance',
      title: 'assistant store manager',
      teamId: stores.team.id,
      managerId: stores.lead.id,
    }),
    survey: await createSurvey(d, ctxOf(w), {
      definition: carrierStyleSurvey({ id: 'x', name: 'After-call SMS survey' }),
      status: 'live',
    }),
    michael: await newCustomer(d, w, {
      externalId: 'STORY-2',
      name: 'Michael Allenson',
      email: 'michael.allenson@mail.example',
      phone: '+13145550117',
      timezone: 'America/Chicago',
      segment: 'consumer',
      relationshipOwnerId: owner.id,
      consent: { email: true, sms: true },
    }),
  }));
  const visited = momentOf(w, 14, 22, 30);
  const visitDay = new Date(visited).toISOString().slice(0, 10);
  const visit = await touch(w, visited, {
    customerId: michael.id,
    channel: 'in_store',
    stage: 'usage',
    outcome: 'unresolved',
    employeeIds: [derek.id],
    durationSeconds: 900,
    note: 'Asked about an international add-on before a trip to Europe; left without an answer.',
  });
  const called = momentOf(w, 2, 19, 5);
  const call = await touch(w, called, {
    customerId: michael.id,
    channel: 'phone',
    stage: 'support',
    outcome: 'resolved',
    expectation: 'met',
    employeeIds: [jessica.id],
    durationSeconds: 720,
    note: 'Unexpected international roaming charges after a trip to Europe: the plan was misunderstood; part of the fee waived.',
  });

  // The survey goes out a quarter of an hour after the call, and Michael answers by SMS.
  const sent = called + 15 * 60_000;
  const { invitation } = await at(w, sent, (d) =>
    inviteCustomer(d, ctxOf(w), {
      surveyId: survey.id,
      customerId: michael.id,
      interactionId: call,
      channel: 'sms',
      sendAt: iso(sent),
    }),
  );
  const started = await at(w, sent, (d) =>
    startSurveyConversation(d, w.ws, invitation.id, 'inline'),
  );
  if (!started) throw new Error('The demo survey conversation did not start.');
  const transcript = conversationOf(started.invitation)?.transcriptInteractionId ?? null;
  // Each reply is answered at once; the worker acts on what it announced (the 1 opens a case).
  for (const [k, text] of MICHAEL_REPLIES.entries()) {
    const t = sent + (k + 1) * 60_000;
    await at(w, t, (d) =>
      replyToConversation(d, w.ws, invitation.id, text, { delivery: 'inline' }),
    );
    await w.settle(t + 20_000);
  }
  const cases = await w.store.read((r) =>
    r.cases.list(w.ws, { customerId: michael.id, reason: 'churn_risk' }, { limit: 5 }),
  );
  const opened = cases.items[0];
  if (opened) {
    // The next morning the relationship owner calls Michael back.
    const next = momentOf(w, 1, 15, 0);
    const ctx = asEmployee(w, owner.id, 'agent');
    await at(w, next, (d) => updateCase(d, ctx, opened.id, { status: 'in_progress' }));
    await at(w, next + 25 * 60_000, (d) => addNote(d, ctx, opened.id, ownerNote(visitDay)));
    await at(w, next + 26 * 60_000, (d) => updateCase(d, ctx, opened.id, { status: 'resolved' }));
  }
  return storyRecord({
    key: 'red-flag',
    customerId: michael.id,
    interactionIds: [transcript ?? call, visit, call],
    caseId: opened?.id ?? null,
    employeeIds: [jessica.id, owner.id, derek.id],
  });
}

const ownerNote = (day: string) =>
  `Called Michael back. The 1 was not about the roaming call: it was his store visit on ${day}, where the assistant manager was rude to him. Apologised for the company; the store manager will call him this week. He is staying with us for now.`;
