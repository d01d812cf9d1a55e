/** The words behind a signal: its cue phrases, then the words the model weighs most for it. */
import { SEED, fnv1a } from '../hash.ts';
import type { CueHit } from '../lexicon/matcher.ts';
import type { CueCategory } from '../lexicon/cues.ts';
import type { EmotionModel } from '../model/decode.ts';
import type { Token } from '../tokenize.ts';

const MAX_WORDS = 3;

/** Words whose own weight for customer-layer head `h` is clearly positive, strongest first. */
export function strongestWords(m: EmotionModel, tokens: readonly Token[], h: number): string[] {
  const mask = (1 << m.features.bits) - 1;
  const C = m.customer.heads;
  const scale = m.customer.scales[h] ?? 0;
  const scored: { word: string; w: number }[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || t.norm.length < 3) continue;
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

/** Cue phrases first, then model words not already inside one of them. */
export function mergeTriggers(cues: readonly string[], words: readonly string[]): string[] {
  const lower = cues.map((c) => c.toLowerCase());
  return [...cues, ...words.filter((w) => !lower.some((c) => c.includes(w.toLowerCase())))];
}
