import { fallbackAnalyzer, type DialogueAnalyzer } from '../dialogue/analyzer.ts';
import { baseLanguage } from '../surveys/localize.ts';
import { analyzeText } from '../text/index.ts';

/** The emotion model's one sentiment of a reply (sarcasm, negation and effort included). */
export const modelAnalyzer: DialogueAnalyzer = (text) => ({
  sentiment: analyzeText(text).sentiment,
});

/**
 * How a conversation reads the feeling of free text, in its language: English replies by the
 * emotion model (`core/src/text/`), which reads "Oh great, another 2 hour hold. Love it." as
 * the complaint it is; other languages by the dialogue's word list (English and Spanish words),
 * since the model was trained on English only.
 */
export function conversationAnalyzer(language: string | null | undefined): DialogueAnalyzer {
  return !language || baseLanguage(language) === 'en' ? modelAnalyzer : fallbackAnalyzer;
}
