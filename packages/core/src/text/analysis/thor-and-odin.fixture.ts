/**
 * "Thor and Odin" (seeds/004, story 5 of DESIGN.md): a chat about a parcel that never came. The
 * customer jokes about the agent's name, asks to be Odin, both role-play as Norse gods, blame
 * Loki for the lost parcel, and solve it. Written for the tests from the article's account.
 */
import type { TranscriptMessage } from '../types.ts';

export const THOR_AND_ODIN: readonly TranscriptMessage[] = [
  {
    speaker: 'customer',
    text: "Hi. My parcel was due on Tuesday and it still hasn't arrived. The tracking hasn't moved in three days and I'm getting really annoyed.",
  },
  {
    speaker: 'agent',
    text: "Hello, my name is Thor. I'm sorry your parcel hasn't arrived. Could you give me the order number so I can look into it?",
  },
  { speaker: 'customer', text: "It's 114-2236. Wait, Thor? Does that mean I get to be Odin? 😂" },
  {
    speaker: 'agent',
    text: 'Of course, Father! Thor, son of Odin, at your service. Let me consult the ravens about your missing package.',
  },
  {
    speaker: 'customer',
    text: 'Very well, my son. Odin the All-Father commands you to find my parcel! Haha',
  },
  {
    speaker: 'agent',
    text: 'The ravens have returned, All-Father. It seems my mischievous brother Loki has been meddling again: the parcel was misplaced at the depot.',
  },
  { speaker: 'customer', text: 'Loki! I should have known. That trickster never learns 😂' },
  {
    speaker: 'agent',
    text: 'Fear not. I have sent a new parcel by the swiftest steed in Asgard. It will reach your hall by Thursday, at no cost to you.',
  },
  { speaker: 'customer', text: 'Ha, brilliant! The All-Father is most pleased with you, Thor.' },
  { speaker: 'agent', text: 'Is there anything else I can help you with today, All-Father?' },
  {
    speaker: 'customer',
    text: "No, that's everything. Thank you so much, you made my day. Best customer service chat ever!",
  },
  { speaker: 'agent', text: 'It was an honour. May your mead horn never run dry. Goodbye!' },
];
