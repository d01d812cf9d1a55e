/**
 * The revision of what the code around the weights reads — its rules, cue phrases and word
 * lists. Bumped when a text would read differently with the same weights, so that the name of
 * what read a stored signal (`emotion-v1.r3`) changes with it and `rapport signals reanalyze`
 * reads again the texts an older revision read.
 *
 * 1: everything up to 25 Nov 2026. 2: Spanish cue phrases (lexicon/cues-es.ts) and the Spanish
 * sentiment (analysis/spanish.ts). 3: the worry cue phrases, read by the customer layer only
 * (features.ts), with the weights retrained for them.
 */
export const READING_REVISION = 3;

/** What read a text: the model's name and the reading's revision. */
export const readerName = (modelName: string): string => `${modelName}.r${READING_REVISION}`;
