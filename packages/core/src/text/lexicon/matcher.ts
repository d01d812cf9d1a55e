/** Finds the cue phrases of cues.ts (or of another table of phrases) in a token sequence. */
import type { Token } from '../tokenize.ts';
import { CUES, CUE_CATEGORIES, type CueCategory } from './cues.ts';
import { CUES_ES } from './cues-es.ts';

/** A phrase found in a text; `category` is the key of its phrase table. */
export interface PhraseHit<K extends string> {
  category: K;
  /** The pattern that matched, as written in cues.ts. */
  pattern: string;
  /** Index of the pattern in its category: a stable feature id. */
  patternIndex: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** The words as written in the text. */
  text: string;
}

export type CueHit = PhraseHit<CueCategory>;

type Element = (t: Token) => boolean;

interface Compiled<K extends string> {
  category: K;
  pattern: string;
  patternIndex: number;
  elements: Element[];
}

const COUNT_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred several multiple many numerous couple few dozen'.split(
    ' ',
  ),
);

function compileAlternative(alt: string): Element {
  if (alt === '#') return (t) => t.kind === 'number' || COUNT_WORDS.has(t.norm);
  if (alt === '*') return (t) => t.kind !== 'punct';
  if (alt.endsWith('~')) {
    const prefix = alt.slice(0, -1);
    return (t) => t.norm.startsWith(prefix);
  }
  return (t) => t.norm === alt;
}

/** Index keys of a first element: "w:word" for exact words, "p:abc" for prefixes of 3+ letters. */
function compileElement(part: string): { element: Element; keys: string[] | null } {
  const alts = part.split('|');
  const preds = alts.map(compileAlternative);
  const keys: string[] = [];
  for (const a of alts) {
    if (a === '#' || a === '*' || (a.endsWith('~') && a.length < 4))
      return { element: either(preds), keys: null };
    keys.push(a.endsWith('~') ? `p:${a.slice(0, 3)}` : `w:${a}`);
  }
  return { element: either(preds), keys };
}

function either(preds: Element[]): Element {
  return preds.length === 1 && preds[0] ? preds[0] : (t) => preds.some((p) => p(t));
}

interface Index<K extends string> {
  byKey: Map<string, Compiled<K>[]>;
  general: Compiled<K>[];
}

function buildIndex<K extends string>(
  categories: readonly K[],
  table: Readonly<Record<K, readonly string[]>>,
): Index<K> {
  const byKey = new Map<string, Compiled<K>[]>();
  const general: Compiled<K>[] = [];
  for (const category of categories) {
    table[category].forEach((pattern, patternIndex) => {
      const parts = pattern.split(' ').map(compileElement);
      const compiled: Compiled<K> = {
        category,
        pattern,
        patternIndex,
        elements: parts.map((p) => p.element),
      };
      const keys = parts[0]?.keys;
      if (!keys) {
        general.push(compiled);
        return;
      }
      for (const k of new Set(keys)) {
        const list = byKey.get(k) ?? [];
        list.push(compiled);
        byKey.set(k, list);
      }
    });
  }
  return { byKey, general };
}

function matchesAt<K extends string>(c: Compiled<K>, tokens: readonly Token[], i: number): boolean {
  if (i + c.elements.length > tokens.length) return false;
  for (let k = 0; k < c.elements.length; k++) {
    const t = tokens[i + k];
    const el = c.elements[k];
    if (!t || !el || !el(t)) return false;
  }
  return true;
}

/** Every phrase of an index found in the tokens, in text order. */
function findIn<K extends string>(
  index: Index<K>,
  tokens: readonly Token[],
  text: string,
): PhraseHit<K>[] {
  const hits: PhraseHit<K>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'punct') continue;
    const byWord = index.byKey.get(`w:${t.norm}`) ?? [];
    const byPrefix = index.byKey.get(`p:${t.norm.slice(0, 3)}`) ?? [];
    const candidates =
      byWord.length + byPrefix.length === 0
        ? index.general
        : new Set([...byWord, ...byPrefix, ...index.general]);
    for (const c of candidates) {
      if (!matchesAt(c, tokens, i)) continue;
      const last = tokens[i + c.elements.length - 1];
      const end = last ? last.start + last.surface.length : t.start + t.surface.length;
      hits.push({
        category: c.category,
        pattern: c.pattern,
        patternIndex: c.patternIndex,
        from: i,
        to: i + c.elements.length,
        text: text.slice(t.start, end),
      });
    }
  }
  return hits;
}

/** A finder for a table of phrases (same syntax as cues.ts), compiled on first use. */
export function phraseFinder<K extends string>(
  categories: readonly K[],
  table: Readonly<Record<K, readonly string[]>>,
): (tokens: readonly Token[], text: string) => PhraseHit<K>[] {
  let index: Index<K> | undefined;
  return (tokens, text) => {
    index ??= buildIndex(categories, table);
    return findIn(index, tokens, text);
  };
}

/** Every cue phrase of cues.ts found in the tokens, in text order. */
export const findCues: (tokens: readonly Token[], text: string) => CueHit[] = phraseFinder(
  CUE_CATEGORIES,
  CUES,
);

/** The Spanish cue phrases alone (cues-es.ts): they must find nothing in the English data. */
export const findSpanishCues: (tokens: readonly Token[], text: string) => CueHit[] = phraseFinder(
  CUE_CATEGORIES,
  CUES_ES,
);
