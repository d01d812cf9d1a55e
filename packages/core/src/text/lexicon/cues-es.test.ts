import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analysis/analyze.ts';
import { looksSpanish } from '../analysis/spanish.ts';
import { tokenize } from '../tokenize.ts';
import { CUES_ES } from './cues-es.ts';
import { CUE_CATEGORIES, CUES } from './cues.ts';
import { findSpanishCues } from './matcher.ts';

describe('the Spanish cue phrases', () => {
  it('come after the English ones, so no English phrase changes its place (its feature)', () => {
    for (const c of CUE_CATEGORIES) {
      const es = CUES_ES[c];
      expect(CUES[c].slice(CUES[c].length - es.length)).toEqual([...es]);
      const english = CUES[c].slice(0, CUES[c].length - es.length);
      expect(es.filter((p) => english.includes(p))).toEqual([]);
    }
  });

  it('find nothing in English service talk (the model learnt its weights on English)', () => {
    for (const t of [
      'I was on hold for 45 minutes and nobody called me back. Third time this month!',
      'Thanks so much, Jessica was brilliant and sorted it in minutes.',
      'Cancel my account. I am switching to another provider, this is horrible and fatal.',
      'The demoralizing queue at the Coca-Cola stand, hahaha, was the worst.',
    ]) {
      expect(
        findSpanishCues(tokenize(t), t).map((h) => h.pattern),
        t,
      ).toEqual([]);
    }
  });

  // Written by hand (no labelled Spanish text exists here): what a person reads in each.
  it.each([
    ['Me dejaron en espera 45 minutos y nadie me devolvió la llamada.', 'negative', ['effort']],
    ['Quiero darme de baja, es la tercera vez que llamo.', 'negative', ['churn_risk', 'effort']],
    ['Me voy a cambiar de compañía.', 'negative', ['churn_risk']],
    ['La agente fue muy amable y lo resolvió rápido, gracias.', 'positive', ['praise']],
    ['El internet no funciona desde el lunes.', 'negative', []],
    ['Llamé el martes por la tarde.', 'neutral', []],
    // The sentiment from the word list: the model alone read these three the other way round.
    ['Quiero poner una queja: el técnico nunca vino.', 'negative', []],
    ['No tengo quejas, excelente atención.', 'positive', ['praise']],
    ['Todo bien, sin problemas.', 'positive', []],
    ['El técnico fue amable pero el pedido llegó roto.', 'ambiguous', []],
    ['Me colgaron dos veces.', 'negative', ['effort']],
  ] as const)('%j reads %s with %j', (text, sentiment, present) => {
    const a = analyzeText(text);
    expect(a.sentiment).toBe(sentiment);
    const signals = (['praise', 'churn_risk', 'effort', 'humour'] as const).filter(
      (s) => a.signals[s].present,
    );
    expect(signals).toEqual(present);
  });

  it('a text looks Spanish by its words, not by English slang that shares a few', () => {
    const spanish = (t: string) => looksSpanish(tokenize(t));
    expect(spanish('Gracias')).toBe(true);
    expect(spanish('Me dejaron en espera y nadie me llamó')).toBe(true);
    expect(spanish('Es la tercera vez que llamo')).toBe(true);
    // A short reply with no function word, by a word of the trade.
    expect(spanish('Me colgaron dos veces')).toBe(true);
    expect(spanish('Ya know... a helmet never hurt anyone')).toBe(false);
    expect(spanish("MR. STEAL YO' GIRL!")).toBe(false);
    expect(spanish('Tu eres very nice man')).toBe(false);
    expect(spanish('We went to La Casa de Pepe and the food was great')).toBe(false);
  });
});
