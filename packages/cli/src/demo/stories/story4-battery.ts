/**
 * Story 4, the battery at night (seeds/003). One evening Sam Whitaker's car
 * will not start: he compares roadside services on the web, calls (the IVR, then Nadia Brooks, a
 * roadside consultant), and Gareth Price, a technician, replaces the battery within the hour at
 * the quoted price. Days later Sam leaves praise through the website's "Contact Us" form — a
 * survey's public link — naming neither ("the consultant", "the technician"), and leaves his
 * e-mail, so the feedback joins his history. The worker reads the comment and routes the praise
 * to both and their managers; the thank-you follow-up goes to a team lead, who completes it with a
 * voicemail. The night is recorded as "exceeded expectations", with low effort (CES 7 of 7).
 */
import {
  answerWebQuestion,
  completeTask,
  createSurvey,
  DAY_MS,
  finishWebSurvey,
  setPublicLink,
  startPublicVisit,
  transactionalCsatSurvey,
  type DemoStory,
} from '@rapport/core';
import { storyRecord } from './story-record.ts';
import {
  asEmployee,
  at,
  ctxOf,
  hire,
  momentOf,
  newCustomer,
  teamNamed,
  touch,
  type StoryWorld,
} from './story-kit.ts';

export const SAM_THANKS =
  'From searching the web to having a working car, all within one hour, is simply amazing. The consultant on the phone was so helpful, and the technician arrived in twenty minutes and replaced my battery at exactly the price quoted on your website. Please pass on my thanks!';

/**
 * The team lead's note. The follow-up's note is read like any customer's text (the worker does not
 * yet tell staff notes apart), so it is worded to hold no fresh compliment or complaint.
 */
export const VOICEMAIL_NOTE =
  'Sam did not pick up; voicemail left. Nadia and Gareth have read his feedback.';

export async function tellBattery(w: StoryWorld): Promise<DemoStory> {
  const phone = teamNamed(w, 'Phone Support North');
  const field = teamNamed(w, 'Field Technicians');
  const setup = await at(w, w.until - 300 * DAY_MS, async (d) => {
    const nadia = await hire(d, w, {
      name: 'Nadia Brooks',
      title: 'roadside consultant',
      teamId: phone.team.id,
      managerId: phone.lead.id,
    });
    const gareth = await hire(d, w, {
      name: 'Gareth Price',
      title: 'technician',
      teamId: field.team.id,
      managerId: field.lead.id,
    });
    const contactUs = await createSurvey(d, ctxOf(w), {
      definition: transactionalCsatSurvey({ id: 'x', name: 'Contact us (website)' }),
      status: 'live',
    });
    const { token } = await setPublicLink(d, ctxOf(w), contactUs.id, true);
    const sam = await newCustomer(d, w, {
      externalId: 'STORY-4',
      name: 'Sam Whitaker',
      email: 'sam.whitaker@mail.example',
      phone: '+442079460123',
      timezone: 'Europe/London',
      segment: 'consumer',
      consent: { email: true, sms: false },
    });
    return { nadia, gareth, publicLink: token ?? '', sam };
  });
  const { nadia, gareth, publicLink, sam } = setup;

  const night = momentOf(w, 5, 20, 2);
  const customerId = sam.id;
  const web = await touch(w, night, {
    customerId,
    channel: 'web',
    stage: 'consideration',
    outcome: 'info',
    durationSeconds: 300,
    note: 'Compared roadside assistance services; read the battery replacement price.',
  });
  await touch(w, night + 6 * 60_000, {
    customerId,
    channel: 'ivr',
    stage: 'purchase',
    outcome: 'info',
    durationSeconds: 40,
    note: 'Roadside assistance menu; put straight through to a consultant.',
  });
  const call = await touch(w, night + 7 * 60_000, {
    customerId,
    channel: 'phone',
    stage: 'purchase',
    outcome: 'resolved',
    employeeIds: [nadia.id],
    durationSeconds: 420,
    note: 'Car will not start, flat battery suspected. Details confirmed; a technician booked within the hour at the published price.',
  });
  const visit = await touch(w, night + 34 * 60_000, {
    customerId,
    channel: 'field_visit',
    stage: 'support',
    outcome: 'resolved',
    expectation: 'exceeded',
    employeeIds: [gareth.id],
    durationSeconds: 1500,
    note: 'Arrived twenty minutes after the call. Battery tested and replaced at the quoted price; extended warranty added.',
  });

  // Three days later, the website's "Contact Us" form.
  const wrote = momentOf(w, 2, 10, 15);
  const visitor = await at(w, wrote, (d) => startPublicVisit(d, publicLink));
  const answers: Array<[string, number | string]> = [
    ['csat', 5],
    ['ces', 7],
    ['expectations', 'exceeded'],
    ['comment', SAM_THANKS],
  ];
  for (const [k, [question, value]] of answers.entries())
    await at(w, wrote + k * 30_000, (d) => answerWebQuestion(d, visitor, question, value));
  const response = await at(w, wrote + 3 * 60_000, (d) =>
    finishWebSurvey(d, visitor, { name: 'Sam Whitaker', email: 'sam.whitaker@mail.example' }),
  );
  await w.settle(wrote + 5 * 60_000);

  const praise = await w.store.read((r) => r.praise.bySource(w.ws, { responseId: response.id }));
  const routed = praise[0];
  const tasks = routed
    ? await w.store.read((r) => r.tasks.list(w.ws, { praiseId: routed.id }, { limit: 5 }))
    : { items: [] };
  const task = tasks.items[0];
  if (task?.assigneeId) {
    const lead = asEmployee(w, task.assigneeId);
    await at(w, wrote + 3 * 3_600_000, (d) =>
      completeTask(d, lead, task.id, { method: 'voicemail', note: VOICEMAIL_NOTE }),
    );
    await w.settle(wrote + 3 * 3_600_000 + 5 * 60_000);
  }
  return storyRecord({
    key: 'battery',
    customerId,
    interactionIds: [visit, call, web],
    praiseId: routed?.id ?? null,
    employeeIds: [nadia.id, gareth.id, phone.lead.id, field.lead.id],
  });
}
