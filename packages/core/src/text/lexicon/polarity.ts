/**
 * Prior polarity of words (VADER's lexicon, Hutto & Gilbert 2014, as shipped by the
 * vader-sentiment package under Apache-2.0), carried inside the model artefact as
 * "word<TAB>half-steps<NEWLINE>" lines: a value of 2·mean valence, rounded, in [−8, 8].
 */
export type PolarityLexicon = ReadonlyMap<string, number>;

export function encodePolarity(entries: readonly [string, number][]): string {
  return entries.map(([w, v]) => `${w}\t${v}`).join('\n');
}

export function decodePolarity(text: string): PolarityLexicon {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const v = Number(line.slice(tab + 1));
    if (Number.isFinite(v)) map.set(line.slice(0, tab), v / 2);
  }
  return map;
}

/** VADER's scaling of a negated word and of an intensified or shouted one. */
export const NEGATION_SCALE = -0.74;
export const EMPHASIS_SCALE = 1.3;
