import { fallbackAnalyzer, type DialogueAnalyzer } from '../dialogue/analyzer.ts';

/**
 * How conversations read the feeling of free text. The text-analysis model
 * (`core/src/text/`) takes this place once it exports `analyzeText`; until then the dialogue's
 * own word list reads it.
 */
export const conversationAnalyzer: DialogueAnalyzer = fallbackAnalyzer;
