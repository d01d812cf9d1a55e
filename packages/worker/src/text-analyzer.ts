/**
 * The product's text analyzer: the trained emotion model of `core/src/text/`, wired here once
 * it is exported. Until then there is none — texts are not read, and engagement moves on
 * outcomes, expectations and survey answers alone.
 */
import type { TextAnalyzer } from '@rapport/core';

export const defaultTextAnalyzer: TextAnalyzer | null = null;
