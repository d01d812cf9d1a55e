import { describe, expect, it } from 'vitest';
import { wordListSentiment } from './word-list.ts';
import {
  NEGATIVE_PHRASES,
  NEGATIVE_WORDS,
  POSITIVE_PHRASES,
  POSITIVE_WORDS,
} from '../lexicon/word-list.ts';

/**
 * Spanish has no labelled data in this project: these are replies written by hand for what a
 * customer answers "¿Qué salió mal?" or "¿Algo más?", each with the reading a person would give.
 */
describe('the word-list reader', () => {
  it.each([
    // English (the model reads English in conversations; this list stands in for others).
    ['The assistant manager was the rudest person ever', 'negative'],
    ['I am furious', 'negative'],
    ['Jessica was wonderful, thank you', 'positive'],
    ['not good at all', 'negative'],
    ['great agent but a terrible store', 'ambiguous'],
    ['I called on Tuesday', 'neutral'],
    // Spanish: a complaint with no angry word: waiting, a call not returned, cut off, asked again.
    ['Me dejaron en espera 45 minutos y nadie me devolvió la llamada.', 'negative'],
    ['Sigo esperando el reembolso.', 'negative'],
    ['Es la tercera vez que llamo por lo mismo', 'negative'],
    ['Me colgaron dos veces', 'negative'],
    ['Todavía no me llega el pedido', 'negative'],
    ['El internet no funciona desde el lunes', 'negative'],
    ['Quiero darme de baja', 'negative'],
    ['Me cobraron de más en la factura', 'negative'],
    // A word of praise denied a few words on.
    ['No me ayudaron en nada', 'negative'],
    ['La agente no fue nada amable', 'negative'],
    ['Un servicio pésimo, una vergüenza', 'negative'],
    // Praise, and thanks.
    ['La agente fue muy amable y lo resolvió rápido, gracias', 'positive'],
    ['Todo bien, sin problemas', 'positive'],
    ['No tengo quejas, excelente atención', 'positive'],
    ['Muchas gracias de nuevo', 'positive'],
    ['Gracias por nada.', 'negative'],
    ['el servicio fue excelente', 'positive'],
    // Both, and neither.
    ['El técnico fue amable pero el pedido llegó roto', 'ambiguous'],
    ['Llamé el martes por la tarde', 'neutral'],
    ['Espero que me llamen mañana', 'neutral'],
  ])('%j → %s', (text, sentiment) => {
    expect(wordListSentiment(text)).toBe(sentiment);
  });

  it('reads accents or none alike, and any case', () => {
    for (const t of ['Me dejaron EN ESPERA', 'me dejaron en espéra', 'PÉSIMO'])
      expect(wordListSentiment(t)).toBe('negative');
  });

  it('a denial reaches three words of its own clause, no further', () => {
    expect(wordListSentiment('not very helpful')).toBe('negative');
    // "No" answers the question; the praise after the comma stands.
    expect(wordListSentiment('No, la agente fue muy amable')).toBe('positive');
  });

  it('its lists are written as the reader matches them: lower case, no accents, single spaces', () => {
    const all = [...NEGATIVE_WORDS, ...POSITIVE_WORDS, ...NEGATIVE_PHRASES, ...POSITIVE_PHRASES];
    for (const w of all) expect(w).toMatch(/^[a-z']+( [a-z']+)*$/);
    const both = [...NEGATIVE_WORDS].filter((w) => POSITIVE_WORDS.has(w));
    expect(both).toEqual([]);
  });
});
