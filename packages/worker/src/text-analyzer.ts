/**
 * The product's text analyzer: Rapport's trained emotion model (core/src/text), read through
 * the TextAnalyzer port. Tests inject their own through createRapportRegistry({ analyzer }).
 */
import { modelTextAnalyzer, type TextAnalyzer } from '@rapport/core';

export const defaultTextAnalyzer: TextAnalyzer | null = modelTextAnalyzer();
