/**
 * Text → hashed features. Four groups, each normalized on its own: words (unigrams, bigrams,
 * negated words, emoji, punctuation runs, shape flags), character n-grams of the words (for
 * misspellings and word forms), customer-service cue phrases (lexicon/cues.ts), and the cue
 * phrases only the customer layer reads (CUSTOMER_ONLY_CUES: the base layer is trained without
 * them, so its GoEmotions reading is what it was). Hashing needs no vocabulary in the artefact;
 * training keeps only the buckets seen often enough (see the model's column index).
 */
import { SEED, fnv1a, mix } from './hash.ts';
import { findCues, type CueHit } from './lexicon/matcher.ts';
import { EMOJI_LAUGH, EMOJI_NEGATIVE, EMOJI_POSITIVE } from './lexicon/cues.ts';
import { EMPHASIS_SCALE, NEGATION_SCALE, type PolarityLexicon } from './lexicon/polarity.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface FeatureConfig {
  /** The hash space has 2^bits buckets. */
  bits: number;
  charMin: number;
  charMax: number;
  /** Prior word polarity; absent, no polarity features. */
  polarity?: PolarityLexicon;
}

export const GROUP_WORD = 0;
export const GROUP_CHAR = 1;
export const GROUP_CUE = 2;
export const GROUP_CUSTOMER_CUE = 3;

/**
 * Cue categories read by the customer layer only. Worry: cx/ labels a customer's anxiety fear
 * ("my insulin hasn't arrived… please help"); as a feature of the base layer too it cost
 * GoEmotions' fear on Reddit (dev Ekman macro-F1 0.613 → 0.608).
 */
export const CUSTOMER_ONLY_CUES: ReadonlySet<string> = new Set(['worry']);

/** The features of one text, before they are mapped to model columns. */
export interface TextFeatures {
  tokens: Token[];
  cues: CueHit[];
  buckets: number[];
  groups: number[];
}

const LENGTH_BUCKETS = [1, 2, 5, 10, 20, 40];

function lengthBucket(words: number): string {
  const i = LENGTH_BUCKETS.findIndex((b) => words <= b);
  return `len${i < 0 ? LENGTH_BUCKETS.length : i}`;
}

function shapeFlags(tokens: readonly Token[]): string[] {
  const flags: string[] = [];
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind === 'word') words++;
    if (t.caps && t.norm.length >= 3) caps++;
    if (t.elongated) flags.push('elong');
    if (t.negated) flags.push('neg');
    if (t.intensified) flags.push('int');
    if (EMOJI_POSITIVE.has(t.norm)) flags.push('emo+');
    if (EMOJI_LAUGH.has(t.norm)) flags.push('emo:)');
    if (EMOJI_NEGATIVE.has(t.norm)) flags.push('emo-');
    if (t.kind === 'punct' && t.norm.length > 1 && t.norm !== '...') flags.push(`run${t.norm}`);
  }
  if (caps > 0) flags.push('caps');
  if (caps >= 2 || (words >= 3 && caps / words > 0.5)) flags.push('shout');
  flags.push(lengthBucket(words));
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'punct') flags.push(`end${last.norm}`);
  return flags;
}

function wordFeatures(tokens: readonly Token[], out: TextFeatures): void {
  let prev: number = SEED.bos;
  for (const t of tokens) {
    const h = fnv1a(t.norm, SEED.word);
    out.buckets.push(h, mix(prev, h));
    out.groups.push(GROUP_WORD, GROUP_WORD);
    prev = h;
    if (t.negated) {
      out.buckets.push(fnv1a(t.norm, SEED.negated));
      out.groups.push(GROUP_WORD);
    }
  }
  out.buckets.push(mix(prev, SEED.bos));
  out.groups.push(GROUP_WORD);
}

function charFeatures(tokens: readonly Token[], cfg: FeatureConfig, out: TextFeatures): void {
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const w = `<${t.norm}>`;
    for (let i = 0; i + cfg.charMin <= w.length; i++) {
      let h = SEED.char;
      for (let n = 1; n <= cfg.charMax && i + n <= w.length; n++) {
        h = Math.imul(h ^ w.charCodeAt(i + n - 1), 16777619) >>> 0;
        if (n >= cfg.charMin) {
          out.buckets.push(h);
          out.groups.push(GROUP_CHAR);
        }
      }
    }
  }
}

function metaFeatures(flags: readonly string[], cues: readonly CueHit[], out: TextFeatures): void {
  for (const f of flags) {
    out.buckets.push(fnv1a(f, SEED.meta));
    out.groups.push(GROUP_WORD);
  }
  for (const c of cues) {
    out.buckets.push(
      fnv1a(c.category, SEED.cue),
      fnv1a(`${c.category}:${c.patternIndex}`, SEED.cue),
    );
    const g = CUSTOMER_ONLY_CUES.has(c.category) ? GROUP_CUSTOMER_CUE : GROUP_CUE;
    out.groups.push(g, g);
  }
}

/** Word valence with negation and emphasis, as flags: polarity of each word and of the sum. */
function polarityFlags(tokens: readonly Token[], lexicon: PolarityLexicon): string[] {
  const flags: string[] = [];
  let sum = 0;
  for (const t of tokens) {
    const prior = lexicon.get(t.norm);
    if (prior === undefined || prior === 0) continue;
    let v = prior;
    if (t.intensified) v *= EMPHASIS_SCALE;
    const sign = v > 0 ? '+' : '-';
    const strength = Math.abs(v) >= 2.5 ? 'strong' : 'mild';
    flags.push(t.negated ? `pol!${sign}` : `pol${sign}${strength}`);
    if (t.negated) v *= NEGATION_SCALE;
    sum += v;
  }
  if (flags.length > 0) flags.push(`polsum${Math.max(-3, Math.min(3, Math.round(sum / 1.5)))}`);
  return flags;
}

/** Tokens, cue phrases and hashed features (with repeats) of one text. */
export function extractFeatures(text: string, cfg: FeatureConfig): TextFeatures {
  const tokens = tokenize(text);
  const cues = findCues(tokens, text);
  const out: TextFeatures = { tokens, cues, buckets: [], groups: [] };
  wordFeatures(tokens, out);
  charFeatures(tokens, cfg, out);
  metaFeatures(shapeFlags(tokens), cues, out);
  if (cfg.polarity) {
    for (const f of polarityFlags(tokens, cfg.polarity)) {
      out.buckets.push(fnv1a(f, SEED.cue));
      out.groups.push(GROUP_CUE);
    }
  }
  const mask = (1 << cfg.bits) - 1;
  for (let i = 0; i < out.buckets.length; i++) out.buckets[i] = (out.buckets[i] ?? 0) & mask;
  return out;
}
