/**
 * Story 5, Thor and Odin (seeds/004). Erik Lund chats with the online shop about tent prices
 * (consideration) and again at checkout (purchase). Weeks later his parcel has not come: he
 * chats with Thor Halvorsen, jokes about the agent's name and asks to be Odin; both play Norse
 * gods, blame Loki, and solve it with a replacement sent express. The worker reads every message
 * with its speaker: the customer's emotions go from annoyance to amusement to gratitude, the
 * conversation's arc and his journey show it, and his engagement rises.
 */
import { DAY_MS, type DemoStory, type MessageInput } from '@rapport/core';
import { storyRecord } from './story-record.ts';
import { at, hire, momentOf, newCustomer, teamNamed, touch, type StoryWorld } from './story-kit.ts';

type Line = Omit<MessageInput, 'at' | 'employeeId'>;

export const THOR_AND_ODIN: readonly Line[] = [
  {
    speaker: 'customer',
    text: "Hi. My parcel was due last Tuesday and it still hasn't arrived. The tracking hasn't moved in a week and I'm getting really annoyed.",
  },
  {
    speaker: 'agent',
    text: "Hello, my name is Thor. I'm sorry your parcel hasn't arrived yet, let me look into it for you.",
  },
  { speaker: 'customer', text: 'Thor? Haha, brilliant! Can I be Odin then? 😂' },
  {
    speaker: 'agent',
    text: 'Of course, Father Odin! The God of Thunder is at your service. I shall search all the Nine Realms for your parcel.',
  },
  {
    speaker: 'customer',
    text: 'Very good, my son. The All-Father has waited long enough for his delivery! lol',
  },
  {
    speaker: 'agent',
    text: 'Forgive me, Father. It seems my mischievous brother Loki has been at work: your parcel was left at the wrong address in Midgard.',
  },
  {
    speaker: 'customer',
    text: 'I knew it! Loki strikes again haha 😂 What shall we do, God of Thunder?',
  },
  {
    speaker: 'agent',
    text: 'Fear not! I am sending you a new one by express courier, swift as Mjölnir. It will arrive tomorrow, at no cost to you.',
  },
  { speaker: 'customer', text: "Tomorrow? That's wonderful, thank you Thor!" },
  {
    speaker: 'agent',
    text: 'It is my honour, All-Father. I will keep an eye on Loki too. Is there anything else I can help with?',
  },
  {
    speaker: 'customer',
    text: "No, that's everything. Thank you so much, you've been amazing and you made my day!",
  },
  { speaker: 'agent', text: 'Thank you, Odin! Enjoy your parcel, and may Asgard watch over you.' },
];

const PRICES: readonly Line[] = [
  {
    speaker: 'customer',
    text: 'Hi, what is the price of the four-person tent, and is there a discount if I buy two?',
  },
  { speaker: 'agent', text: 'It is 189, and there is 10% off when you buy two.' },
  { speaker: 'customer', text: 'Great, thanks for the quick answer.' },
];

const CHECKOUT: readonly Line[] = [
  { speaker: 'customer', text: "I'm at checkout and can't find where to enter my discount code." },
  { speaker: 'agent', text: 'It is under the basket total, in the box marked Promo code.' },
  { speaker: 'customer', text: 'Found it, thank you!' },
];

export async function tellThorAndOdin(w: StoryWorld): Promise<DemoStory> {
  const digital = teamNamed(w, 'Digital Care');
  const { thor, erik } = await at(w, w.until - 200 * DAY_MS, async (d) => ({
    thor: await hire(d, w, {
      name: 'Thor Halvorsen',
      title: 'agent',
      teamId: digital.team.id,
      managerId: digital.lead.id,
    }),
    erik: await newCustomer(d, w, {
      externalId: 'STORY-5',
      name: 'Erik Lund',
      email: 'erik.lund@mail.example',
      timezone: 'Europe/Oslo',
      segment: 'consumer',
      consent: { email: true, sms: false },
    }),
  }));
  const by = (agentId: string, lines: readonly Line[]) =>
    lines.map((m) => ({ ...m, employeeId: m.speaker === 'agent' ? agentId : null }));
  const helper = digital.agents[0] ?? digital.lead;
  const prices = momentOf(w, 25, 11, 0);
  await touch(w, prices, {
    customerId: erik.id,
    channel: 'chat',
    stage: 'consideration',
    outcome: 'info',
    employeeIds: [helper.id],
    durationSeconds: 180,
    transcript: by(helper.id, PRICES),
  });
  const checkout = momentOf(w, 23, 20, 30);
  await touch(w, checkout, {
    customerId: erik.id,
    channel: 'chat',
    stage: 'purchase',
    outcome: 'resolved',
    employeeIds: [helper.id],
    durationSeconds: 150,
    transcript: by(helper.id, CHECKOUT),
  });
  const chatted = momentOf(w, 1, 17, 40);
  const chat = await touch(w, chatted, {
    customerId: erik.id,
    channel: 'chat',
    stage: 'support',
    outcome: 'resolved',
    employeeIds: [thor.id],
    durationSeconds: 720,
    transcript: by(thor.id, THOR_AND_ODIN),
  });
  await w.settle(chatted + 20 * 60_000);
  const praise = await w.store.read((r) => r.praise.bySource(w.ws, { interactionId: chat }));
  return storyRecord({
    key: 'thor-and-odin',
    customerId: erik.id,
    interactionIds: [chat],
    praiseId: praise[0]?.id ?? null,
    employeeIds: [thor.id],
  });
}
