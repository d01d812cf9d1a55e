/**
 * Story 1, the compliment that climbs (seeds/000). Martin Keller calls to move a power account
 * from the tenant's name back into his and his wife's; Beatrice Lowe is superb and he asks to
 * tell her boss. The call is put through to her team lead, who logs the compliment (praise to
 * Beatrice and to him) and passes it up to the contact centre manager with a note. Three days
 * later Martin calls the car service desk about his car, 34 days in the workshop; the advisor,
 * Kyle Brandt, keeps calling him "buddy". The worker reads the calls' words: engagement rises
 * with the first call and falls with the second, and the anger opens a case for the service
 * manager, Ray Dawson, who listens to the call the next morning, notes what he did and resolves
 * it.
 *
 * One workspace carries both calls: the demo company is a services group (energy, mobile,
 * roadside, a car service centre, an online shop), so one customer's history shows his
 * engagement climb and fall — the point of the story — and the tour needs one sign-in.
 */
import {
  addNote,
  createPraise,
  createTeam,
  DAY_MS,
  passPraiseUp,
  updateCase,
  updateTeam,
  type DemoStory,
  type MessageInput,
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

type Line = Omit<MessageInput, 'at' | 'employeeId'>;

export const POWER_CALL: readonly Line[] = [
  { speaker: 'agent', text: 'Good afternoon, this is Beatrice. How can I help?' },
  {
    speaker: 'customer',
    text: "Hi. Our tenant has moved out of our old house, and I need to move the power account from the tenant's name back into my wife's and mine.",
  },
  {
    speaker: 'agent',
    text: 'Of course, I can do that for you right now. Let me confirm a few details.',
  },
  { speaker: 'customer', text: 'Honestly, I expected this to take all afternoon.' },
  {
    speaker: 'agent',
    text: "All done: the account is in both your names from today, and the tenant's final bill goes to their new address.",
  },
  {
    speaker: 'customer',
    text: "That's brilliant, thank you so much. You've been wonderful. Can I speak to your boss? I want to tell her how great you were.",
  },
];

export const DEALER_CALL: readonly Line[] = [
  {
    speaker: 'customer',
    text: "Hi, I'm calling about my car. It has been in your workshop for 34 days now. Is there any news?",
  },
  { speaker: 'agent', text: 'Look, buddy, these things take as long as they take.' },
  { speaker: 'customer', text: 'I understand, but nobody has called me once in over a month.' },
  { speaker: 'agent', text: "Buddy, we're busy. You'll get a call when it's ready." },
  {
    speaker: 'customer',
    text: "Don't call me buddy! I'm sick of your attitude, this is infuriating.",
  },
  { speaker: 'agent', text: 'Whatever you say, buddy. Anything else?' },
  { speaker: 'customer', text: 'No. I am very disappointed in your service.' },
];

export const PASS_UP_NOTE =
  'Marcus — Mr Keller asked to be put through to me just to praise Beatrice. Worth a word from you.';

export const RAY_NOTE =
  'Listened to the call. Kyle and I have talked about how we speak to customers. Called Mr Keller to apologise; he gets a daily update until his car is ready.';

export async function tellCompliment(w: StoryWorld): Promise<DemoStory> {
  const phone = teamNamed(w, 'Phone Support North');
  // The car service centre (its service manager and an advisor) sits under the field manager.
  const field = w.company.managers[1] ?? w.company.head;
  const { beatrice, ray, kyle, martin } = await at(w, w.until - 400 * DAY_MS, async (d) => {
    const beatrice = await hire(d, w, {
      name: 'Beatrice Lowe',
      title: 'agent',
      teamId: phone.team.id,
      managerId: phone.lead.id,
    });
    const desk = await createTeam(d, ctxOf(w), { name: 'Car Service Desk' });
    const ray = await hire(d, w, {
      name: 'Ray Dawson',
      title: 'service manager',
      teamId: desk.id,
      managerId: field.id,
    });
    await updateTeam(d, ctxOf(w), desk.id, { leadId: ray.id });
    const kyle = await hire(d, w, {
      name: 'Kyle Brandt',
      title: 'service advisor',
      teamId: desk.id,
      managerId: ray.id,
    });
    const martin = await newCustomer(d, w, {
      externalId: 'STORY-1',
      name: 'Martin Keller',
      email: 'martin.keller@mail.example',
      phone: '+13125550101',
      timezone: 'America/New_York',
      segment: 'consumer',
      consent: { email: true, sms: true },
    });
    return { beatrice, ray, kyle, martin };
  });
  const called = momentOf(w, 6, 19, 10);
  const call = await touch(w, called, {
    customerId: martin.id,
    channel: 'phone',
    stage: 'support',
    outcome: 'resolved',
    expectation: 'exceeded',
    employeeIds: [beatrice.id],
    durationSeconds: 540,
    note: "Moved the account from the tenant's name back to the owners'. The customer asked to tell Beatrice's boss how great she was; the call was put through to her team lead.",
    transcript: POWER_CALL.map((m) => ({
      ...m,
      employeeId: m.speaker === 'agent' ? beatrice.id : null,
    })),
  });
  // The team lead takes the call, hears the compliment, and logs it for Beatrice.
  const lead = asEmployee(w, phone.lead.id);
  const praise = await at(w, called + 12 * 60_000, (d) =>
    createPraise(d, lead, {
      source: 'colleague',
      employeeIds: [beatrice.id],
      customerId: martin.id,
      interactionId: call,
      text: 'Mr Keller asked to speak to me just to say Beatrice was superb: she moved his account from the tenant back into his and his wife’s names in one call, and made a chore a pleasure.',
    }),
  );
  await at(w, called + 70 * 60_000, (d) =>
    passPraiseUp(d, lead, praise.id, { note: PASS_UP_NOTE }),
  );

  const rang = momentOf(w, 3, 15, 40);
  const dealer = await touch(w, rang, {
    customerId: martin.id,
    channel: 'phone',
    stage: 'support',
    outcome: 'unresolved',
    employeeIds: [kyle.id],
    durationSeconds: 240,
    note: 'Customer chasing his car, 34 days in the workshop; no update given.',
    transcript: DEALER_CALL.map((m) => ({
      ...m,
      employeeId: m.speaker === 'agent' ? kyle.id : null,
    })),
  });
  await w.settle(rang + 10 * 60_000);
  const cases = await w.store.read((r) =>
    r.cases.list(w.ws, { customerId: martin.id }, { limit: 20 }),
  );
  const opened = cases.items.find((c) => c.interactionId === dealer);
  if (opened) {
    // The next morning the service manager listens to the call and acts.
    const next = momentOf(w, 2, 14, 5);
    const manager = asEmployee(w, ray.id);
    await at(w, next, (d) => updateCase(d, manager, opened.id, { status: 'in_progress' }));
    await at(w, next + 20 * 60_000, (d) => addNote(d, manager, opened.id, RAY_NOTE));
    await at(w, next + 21 * 60_000, (d) =>
      updateCase(d, manager, opened.id, { status: 'resolved' }),
    );
  }
  return storyRecord({
    key: 'compliment',
    customerId: martin.id,
    interactionIds: [call, dealer],
    caseId: opened?.id ?? null,
    praiseId: praise.id,
    employeeIds: [beatrice.id, phone.lead.id, phone.lead.managerId ?? '', kyle.id, ray.id].filter(
      Boolean,
    ),
  });
}
