import { wordListSentiment } from '../text/analysis/word-list.ts';

/** The feeling of a free-text reply, as far as the dialogue needs it. */
export type DialogueSentiment = 'positive' | 'negative' | 'ambiguous' | 'neutral';

/**
 * Reads a free-text reply. Inject the text-analysis module's function here; the dialogue uses
 * only `sentiment` (extra fields such as emotions are allowed and ignored).
 */
export type DialogueAnalyzer = (text: string) => { readonly sentiment: DialogueSentiment };

/** The word-list reading (core/src/text/analysis/word-list.ts), for languages the model does not read. */
export const fallbackAnalyzer: DialogueAnalyzer = (text) => ({
  sentiment: wordListSentiment(text),
});
