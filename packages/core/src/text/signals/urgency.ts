/**
 * Urgency has no labels to learn from, so it is a documented rule over cue phrases:
 * score = 2 × strong cues ("urgent", "asap", "emergency", "stranded", "no heating") + 1 × other
 * cues ("today", "tomorrow", "help", "stuck") + 0.5 for "!!" or shouting − 2 × calming cues
 * ("no rush", "whenever"), each category counted at most twice; p = σ(1.6·score − 2.4).
 * One strong cue gives 0.69, one weak cue 0.31, two weak cues 0.69.
 */
import type { CueHit } from '../lexicon/matcher.ts';
import type { Token } from '../tokenize.ts';

export interface UrgencyReading {
  probability: number;
  triggers: string[];
}

const capped = (n: number) => Math.min(2, n);

export function readUrgency(tokens: readonly Token[], cues: readonly CueHit[]): UrgencyReading {
  const strong = cues.filter((c) => c.category === 'urgency_strong');
  const weak = cues.filter((c) => c.category === 'urgency');
  const calm = cues.filter((c) => c.category === 'calm');
  const emphatic = tokens.some(
    (t) => (t.kind === 'punct' && t.norm === '!!') || (t.caps && t.norm.length >= 4),
  );
  const score =
    2 * capped(strong.length) +
    capped(weak.length) +
    (emphatic ? 0.5 : 0) -
    2 * capped(calm.length);
  const probability = 1 / (1 + Math.exp(-(1.6 * score - 2.4)));
  return { probability, triggers: [...strong, ...weak].map((c) => c.text) };
}
