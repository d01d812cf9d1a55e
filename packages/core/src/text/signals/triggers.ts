/** The words behind a signal: its cue phrases, then the words the model weighs most for it. */
import { SEED, fnv1a } from '../hash.ts';
import type { CueHit } from '../lexicon/matcher.ts';
import type { CueCategory } from '../lexicon/cues.ts';
import type { EmotionModel } from '../model/decode.ts';
import type { Token } from '../tokenize.ts';

const MAX_WORDS = 3;

/**
 * Function words are never shown as a signal's trigger: the model may weigh one ("and" runs
 * through long effort stories), but "and" explains nothing to the person reading the case.
 */
const FUNCTION_WORDS = new Set(
  (
    'and the for but nor yet was were are had has have with this that then than they them ' +
    'their there these those you your our ours its his her hers she him who whom what when ' +
    'which while will would could should just also very all any can did does get got out ' +
    'about after again because before from been into onto over under off per via ' +
    "i've i'm i'd i'll ive we've we're we'd you've you're they've they're it's that's"
  ).split(' '),
);

/** Words whose own weight for customer-layer head `h` is clearly positive, strongest first. */
export function strongestWords(m: EmotionModel, tokens: readonly Token[], h: number): string[] {
  const mask = (1 << m.features.bits) - 1;
  const C = m.customer.heads;
  const scale = m.customer.scales[h] ?? 0;
  const scored: { word: string; w: number }[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || t.norm.length < 3 || FUNCTION_WORDS.has(t.norm)) continue;
    const col = m.space.columnOf[fnv1a(t.norm, SEED.word) & mask] ?? -1;
    const row = col < 0 ? -1 : (m.customer.rowOf[col] ?? -1);
    if (row < 0) continue;
    const w = (m.customer.weights[row * C + h] ?? 0) * scale;
    if (w > 0.25 && !scored.some((s) => s.word === t.surface)) scored.push({ word: t.surface, w });
  }
  return scored
    .sort((a, b) => b.w - a.w)
    .slice(0, MAX_WORDS)
    .map((s) => s.word);
}

export function cueTexts(cues: readonly CueHit[], categories: readonly CueCategory[]): string[] {
  const out: string[] = [];
  for (const c of cues)
    if (categories.includes(c.category) && !out.includes(c.text)) out.push(c.text);
  return out;
}

/**
 * Cue phrases first (a phrase inside a longer one shown only once: "on hold for", not also
 * "on hold"), then model words not already inside one of them.
 */
export function mergeTriggers(cues: readonly string[], words: readonly string[]): string[] {
  const lower = cues.map((c) => c.toLowerCase());
  const kept = cues.filter(
    (_, i) =>
      !lower.some(
        (d, j) => j !== i && d.length > (lower[i] ?? '').length && d.includes(lower[i] ?? ''),
      ),
  );
  return [...kept, ...words.filter((w) => !lower.some((c) => c.includes(w.toLowerCase())))];
}
