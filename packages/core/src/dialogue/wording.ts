import type { TemplateKey, TemplateVars } from '../surveys/reply-templates.ts';
import { renderTemplate } from '../surveys/reply-templates.ts';
import { templateVariants } from '../surveys/template-lookup.ts';
import type { SurveyDefinition } from '../surveys/survey-definition.ts';

/** The sentences of a message: split after . ! ? followed by a space. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A sentence as compared for repeats: lower case, single spaces, no end punctuation. */
export function sentenceKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!?\s]+$/, '')
    .trim();
}

/** 32-bit FNV-1a: a stable hash for choosing variants deterministically. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** What the picker needs: the survey's templates, the language, and what was said already. */
export interface WordingContext {
  def: Pick<SurveyDefinition, 'templates' | 'defaultLanguage'>;
  language: string;
  seed: number;
  /** Keys of every sentence sent so far in this conversation (grows as parts are picked). */
  said: Set<string>;
  /** A counter that differs per pick, so the rotation moves on. */
  turn: number;
}

/**
 * Pick one variant for the first key (most specific first) that has a usable one: rendered
 * with all placeholders filled and without any sentence said before in this conversation. The
 * starting variant is rotated by a hash of the seed, key and turn, so choices are deterministic
 * yet varied. With `repeat: 'allow'` (compliance replies such as HELP) a variant may repeat when
 * every one was used. Returns null when nothing fits; the sentences picked are added to `said`.
 */
export function pickWording(
  w: WordingContext,
  keys: readonly TemplateKey[],
  vars: TemplateVars,
  repeat: 'never' | 'allow' = 'never',
): string | null {
  let fallback: string | null = null;
  for (const key of keys) {
    const variants = templateVariants(w.def, w.language, key);
    const n = variants.length;
    if (n === 0) continue;
    const start = fnv1a(`${w.seed}:${key}:${w.turn}`) % n;
    for (let k = 0; k < n; k++) {
      const rendered = renderTemplate(variants[(start + k) % n] ?? '', vars);
      if (rendered === null || rendered.length === 0) continue;
      fallback ??= rendered;
      const keysOf = splitSentences(rendered).map(sentenceKey);
      if (keysOf.some((s) => w.said.has(s))) continue;
      for (const s of keysOf) w.said.add(s);
      w.turn++;
      return rendered;
    }
  }
  if (repeat === 'allow' && fallback !== null) {
    w.turn++;
    return fallback;
  }
  return null;
}

/** Record sentences as said (questions, and anything not picked through pickWording). */
export function markSaid(w: WordingContext, text: string): void {
  for (const s of splitSentences(text)) w.said.add(sentenceKey(s));
}

/** The first variant of a fixed phrase (hints), rendered; '' when none. */
export function fixedPhrase(w: WordingContext, key: TemplateKey, vars: TemplateVars): string {
  const v = templateVariants(w.def, w.language, key)[0];
  return v === undefined ? '' : (renderTemplate(v, vars) ?? '');
}
