/** Seeded comment text for generated responses: short customer-service sentences. */
import type { Rng } from '../lib/rng.ts';

export const OPENERS = [
  'The agent was friendly and fixed it fast',
  'Waited forty minutes on hold, again',
  'Third time I call about the same bill',
  'Great service, thank you',
  'Nobody told me the fee would change',
  'Easy to sort out online',
  'The technician never showed up',
  'Quick answer in chat, very helpful',
  'Still waiting for my refund',
  'Clear explanation of the new plan',
  'I had to repeat my account number four times',
  'Support solved it on the first try',
] as const;
export const CLOSERS = [
  '',
  '.',
  ', please pass it on to her manager.',
  ', I am thinking of switching.',
  '. Keep it up!',
  ' and the app kept logging me out.',
  '. Not happy.',
  ', thanks Maria.',
] as const;

export function comment(r: Rng): string {
  return `${r.pick(OPENERS)}${r.pick(CLOSERS)}`;
}
