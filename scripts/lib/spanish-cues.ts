/**
 * How far the Spanish reading reaches into the project's data: the texts a Spanish cue phrase
 * (core's lexicon/cues-es.ts) matches — none should, as a match would change what the model
 * trains on or is judged by — and the texts that look Spanish (analysis/spanish.ts), whose
 * sentiment the word list gives.
 */
import { findSpanishCues } from '../../packages/core/src/text/lexicon/matcher.ts';
import { looksSpanish } from '../../packages/core/src/text/analysis/spanish.ts';
import { tokenize } from '../../packages/core/src/text/tokenize.ts';
import { readCx, readGoEmotions, readMaia } from './data.ts';

export interface SpanishCueCount {
  /** Texts read: GoEmotions train, dev and test, all of cx/, maia-dqe's customer sentences. */
  texts: number;
  /** Those a Spanish phrase matches, with the first few for the report. */
  matched: number;
  examples: string[];
  /** Those that look Spanish, with the first few. */
  spanish: number;
  spanishExamples: string[];
}

export function countSpanishCues(dir: string): SpanishCueCount {
  const texts = [
    ...(['train', 'dev', 'test'] as const).flatMap((s) =>
      readGoEmotions(dir, s).map((g) => g.text),
    ),
    ...readCx(dir).map((c) => c.text),
    ...readMaia(dir).map((m) => m.text),
  ];
  const tokens = texts.map((t) => tokenize(t));
  const hits = texts.filter((t, i) => findSpanishCues(tokens[i] ?? [], t).length > 0);
  const spanish = texts.filter((_, i) => looksSpanish(tokens[i] ?? []));
  return {
    texts: texts.length,
    matched: hits.length,
    examples: hits.slice(0, 3),
    spanish: spanish.length,
    spanishExamples: spanish.slice(0, 3),
  };
}
