/**
 * The tokenizer and normalizer of the emotion model. It keeps what carries emotion in short
 * customer texts: emoji and emoticons, ALL CAPS, elongated words ("sooo"), runs of "!" and "?",
 * the scope of a negation ("not happy at all") and intensifiers ("really", "so").
 */
import { INTENSIFIERS, NEGATION_BREAKS, isNegator } from './lexicon/modifiers.ts';

export type TokenKind =
  'word' | 'number' | 'emoji' | 'emoticon' | 'punct' | 'mask' | 'handle' | 'url';

export interface Token {
  /** The token as written. */
  surface: string;
  /** The normalized form the model sees: lower case, "’" as "'", letter runs cut to two. */
  norm: string;
  kind: TokenKind;
  /** Offset of the token in the text. */
  start: number;
  /** Two or more letters, all upper case ("NEVER"). */
  caps: boolean;
  /** A letter repeated three times or more ("sooo"). */
  elongated: boolean;
  /** Inside the scope of a negation ("not" … up to three words or a clause break). */
  negated: boolean;
  /** Follows an intensifier ("really slow") or is itself shouted. */
  intensified: boolean;
  /** The first word-like token of a sentence. */
  sentenceStart: boolean;
}

const TOKEN_RE = new RegExp(
  [
    String.raw`(?<mask>\[[A-Z][A-Z_]*\]|#[A-Z][A-Z_]*#)`,
    String.raw`(?<url>https?:\/\/\S+|www\.\S+|\S+@\S+\.[a-z]{2,})`,
    String.raw`(?<handle>@\w+|\/?\b[ru]\/\w+)`,
    String.raw`(?<emoticon>[:;=][-'^]?[)(\]\[DPp\/\\|*3]+(?![a-z])|<3+|:'\(|\^_*\^|\bx[Dd]\b)`,
    String.raw`(?<number>\d+(?:[.,:\/]\d+)*%?)`,
    String.raw`(?<word>[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)`,
    String.raw`(?<emoji>\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})*(?:\u{200D}\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})*)*|\p{Regional_Indicator}{2})`,
    String.raw`(?<punct>[!?]+|\.{2,}|…|[.,;:()"]|-{2,}|—|–)`,
  ].join('|'),
  'gu',
);

/** Numbers kept as written: small counts and scores ("3", "10/10"); others become "xnum". */
const SHORT_NUMBER = /^(?:\d{1,2}|\d{1,2}\/\d{1,2})$/;
const LETTER_RUN = /(\p{L})\1{2,}/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SENTENCE_END = /^(?:[.!?]+|…|\.{2,})$/;
const NEGATION_WINDOW = 3;

function maskNorm(surface: string): string {
  const inner = surface.slice(1, -1).toLowerCase();
  return inner === 'name' ? 'xname' : `x${inner.replace(/_/g, '')}`;
}

/** "!!!" → "!!", "?!?" → "?!", "…" → "...": runs keep their first two marks. */
function punctNorm(surface: string): string {
  if (surface === '…' || surface.startsWith('..')) return '...';
  if (surface.startsWith('-') || surface === '—' || surface === '–') return '-';
  return surface.length > 2 ? surface.slice(0, 2) : surface;
}

function normalizeWord(surface: string): { norm: string; elongated: boolean } {
  const lower = surface.toLowerCase().replace(/’/g, "'");
  const norm = lower.replace(LETTER_RUN, '$1$1');
  return { norm, elongated: norm.length !== lower.length };
}

function normOf(kind: TokenKind, surface: string): { norm: string; elongated: boolean } {
  switch (kind) {
    case 'word':
      return normalizeWord(surface);
    case 'mask':
      return { norm: maskNorm(surface), elongated: false };
    case 'url':
      return { norm: 'xurl', elongated: false };
    case 'handle':
      return { norm: surface.startsWith('@') ? 'xhandle' : 'xuser', elongated: false };
    case 'number':
      return { norm: SHORT_NUMBER.test(surface) ? surface : 'xnum', elongated: false };
    case 'punct':
      return { norm: punctNorm(surface), elongated: false };
    case 'emoji':
      return { norm: surface.replace(/\u{FE0F}|\p{Emoji_Modifier}/gu, ''), elongated: false };
    case 'emoticon':
      return { norm: surface.toLowerCase(), elongated: false };
  }
}

function isCaps(surface: string): boolean {
  return surface.length >= 2 && UPPER.test(surface) && !LOWER.test(surface);
}

const KINDS: readonly TokenKind[] = [
  'mask',
  'url',
  'handle',
  'emoticon',
  'number',
  'word',
  'emoji',
  'punct',
];

function kindOf(groups: Record<string, string | undefined> | undefined): TokenKind {
  if (groups) for (const k of KINDS) if (groups[k] !== undefined) return k;
  return 'punct';
}

/** Splits a text into tokens and marks caps, elongation, negation scope and intensifiers. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atSentenceStart = true;
  for (const m of text.matchAll(TOKEN_RE)) {
    const kind = kindOf(m.groups);
    const surface = m[0];
    const { norm, elongated } = normOf(kind, surface);
    const wordLike = kind !== 'punct';
    tokens.push({
      surface,
      norm,
      kind,
      start: m.index,
      caps: kind === 'word' && isCaps(surface),
      elongated,
      negated: false,
      intensified: false,
      sentenceStart: wordLike && atSentenceStart,
    });
    if (wordLike) atSentenceStart = false;
    else if (SENTENCE_END.test(surface)) atSentenceStart = true;
  }
  markScopes(tokens);
  return tokens;
}

function markScopes(tokens: Token[]): void {
  let negLeft = 0;
  let intensify = false;
  for (const t of tokens) {
    if (t.kind === 'punct' || NEGATION_BREAKS.has(t.norm)) {
      negLeft = 0;
      intensify = false;
      continue;
    }
    if (negLeft > 0) {
      t.negated = true;
      negLeft--;
    }
    if (intensify || (t.caps && t.norm.length >= 3)) t.intensified = true;
    intensify = INTENSIFIERS.has(t.norm);
    if (t.kind === 'word' && isNegator(t.norm)) negLeft = NEGATION_WINDOW;
  }
}
