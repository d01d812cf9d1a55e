/** analyzeText: one text → emotions, sentiment and CX signals. Pure and synchronous. */
import { extractFeatures } from '../features.ts';
import type { EmotionModel } from '../model/decode.ts';
import { emotionModel } from '../model/load.ts';
import { scoreVector } from '../model/score.ts';
import { readSignals } from '../signals/read-signals.ts';
import { readRules } from '../signals/rule-score.ts';
import type { TextAnalysis } from '../types.ts';
import { vectorize } from '../vectorize.ts';
import { bottomRating, readBottomRating } from './bottom-rating.ts';
import { asksForSomeoneAbove, readComplaintEscalation } from './complaint-escalation.ts';
import { readEmotions } from './emotions.ts';
import { praiseByDenial, readAsPraiseByDenial } from './litotes.ts';
import { readRecommendation, recommendation } from './recommend.ts';
import { isFlatSarcasm, readAsSarcasm } from './sarcasm.ts';
import { looksSpanish, readAsSpanish } from './spanish.ts';

/** Texts longer than this are read up to here: enough for any comment, e-mail or message. */
export const MAX_TEXT_LENGTH = 5000;

export function analyzeText(text: string, model: EmotionModel = emotionModel()): TextAnalysis {
  const clipped = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const f = extractFeatures(clipped, model.features);
  const scores = scoreVector(model, vectorize(f, model.space));
  const e = readEmotions(model, scores);
  const a: TextAnalysis = {
    ...e,
    valence: e.sentimentScores.positive - e.sentimentScores.negative,
    signals: readSignals(model, scores.customer, f.tokens, f.cues, readRules(f.tokens, clipped)),
  };
  // The rules below read English; a Spanish text's sentiment comes from the word list.
  if (looksSpanish(f.tokens)) return readAsSpanish(a, clipped);
  if (isFlatSarcasm(f.cues, f.tokens, clipped)) return readAsSarcasm(a);
  if (praiseByDenial(f.tokens, clipped, f.cues)) return readAsPraiseByDenial(a);
  if (bottomRating(f.tokens)) return readBottomRating(a);
  if (asksForSomeoneAbove(clipped)) return readComplaintEscalation(a);
  const said = recommendation(f.tokens);
  return said ? readRecommendation(a, said) : a;
}
