import { describe, expect, it } from 'vitest';
import { fallbackAnalyzer } from '../dialogue/analyzer.ts';
import { conversationAnalyzer, modelAnalyzer } from './analyzer.ts';

describe('conversationAnalyzer', () => {
  it('reads English with the emotion model, which hears sarcasm and complaints without angry words', () => {
    const read = conversationAnalyzer('en');
    expect(read).toBe(modelAnalyzer);
    expect(conversationAnalyzer('en-GB')).toBe(modelAnalyzer);
    expect(conversationAnalyzer(undefined)).toBe(modelAnalyzer);
    const sarcasm = 'Oh great, another 2 hour hold. Love it.';
    expect(read(sarcasm).sentiment).toBe('negative');
    expect(fallbackAnalyzer(sarcasm).sentiment).toBe('positive');
    expect(read('The app keeps crashing when I pay').sentiment).toBe('negative');
    expect(read('No complaints, Sarah was brilliant').sentiment).toBe('positive');
  });

  it('reads other languages with the word list (the model knows English only)', () => {
    const read = conversationAnalyzer('es');
    expect(read).toBe(fallbackAnalyzer);
    expect(read('El agente fue muy amable, gracias').sentiment).toBe('positive');
    expect(read('Un servicio lento y malo').sentiment).toBe('negative');
  });
});
