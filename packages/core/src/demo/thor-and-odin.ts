/**
 * Story 5 of DESIGN.md, "Thor and Odin" (seeds/004): the chat as it could have run — a parcel
 * that never came, the customer jokes about the agent's name and asks to be Odin, both play
 * Norse gods, blame Loki and solve it. One text for the demo workspace and the story's tests.
 */
/** Customer and agent alternate; Thor gives his name first. */
export const THOR_AND_ODIN: ReadonlyArray<{ speaker: 'customer' | 'agent'; text: string }> = [
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
