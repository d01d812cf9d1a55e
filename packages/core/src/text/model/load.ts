/**
 * The committed model artefact, decoded lazily on first use (the JSON is parsed when this
 * module loads; the typed arrays are built once, on the first analysis).
 */
import artefact from './emotion-v1.json' with { type: 'json' };
import { decodeModel, type EmotionModel } from './decode.ts';
import type { ModelJson } from './format.ts';

let cached: EmotionModel | undefined;

/** The shipped emotion model (emotion-v1). */
export function emotionModel(): EmotionModel {
  cached ??= decodeModel(artefact as unknown as ModelJson);
  return cached;
}
