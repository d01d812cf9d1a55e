/**
 * Story 5, Thor and Odin (seeds/004). Erik Lund chats with the online shop about tent prices
 * (consideration) and again at checkout (purchase). Weeks later his parcel has not come: he
 * chats with Thor Halvorsen, jokes about the agent's name and asks to be Odin; both play Norse
 * gods, blame Loki, and solve it with a replacement sent express. The worker reads every message
 * with its speaker: the customer's emotions go from annoyance to amusement to gratitude, the
 * conversation's arc and his journey show it, and his engagement rises.
 */
import { DAY_MS, THOR_AND_ODIN, type DemoStory, type MessageInput } from '@rapport/core';
import { storyRecord } from './story-record.ts';
import { at, hire, momentOf, newCustomer, teamNamed, touch, type StoryWorld } from './story-kit.ts';

type Line = Omit<MessageInput, 'at' | 'employeeId'>;

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
