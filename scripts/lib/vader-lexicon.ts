/**
 * VADER's word valences, read at training time from the vader-sentiment package (Apache-2.0)
 * and carried in the artefact (see packages/core/src/text/lexicon/polarity.ts). Only word and
 * emoticon entries our tokenizer can produce, with |valence| ≥ 0.5, in half steps.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tokenize } from '../../packages/core/src/text/tokenize.ts';

export function vaderEntries(): [string, number][] {
  const dir = dirname(createRequire(import.meta.url).resolve('vader-sentiment/package.json'));
  const out: [string, number][] = [];
  for (const line of readFileSync(join(dir, 'vader_lexicon.txt'), 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    const v = Number(mean);
    if (!word || !Number.isFinite(v) || Math.abs(v) < 0.5) continue;
    const tokens = tokenize(word);
    const only = tokens.length === 1 ? tokens[0] : undefined;
    if (!only || only.norm !== word.toLowerCase()) continue;
    out.push([only.norm, Math.round(v * 2)]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
