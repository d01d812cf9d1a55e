/**
 * Spanish text. The model learnt English: it reads a Spanish text's cue phrases
 * (lexicon/cues-es.ts) with what the English ones are worth — a wait, a threat to leave,
 * thanks — but the words and letters around them mean nothing to it, so its one sentiment of
 * a Spanish text is noise ("Quiero poner una queja." read positive). A text that looks Spanish
 * takes its sentiment from the word list (word-list.ts), which knows Spanish words, phrases and
 * denial ("no me ayudaron"); its emotions and signals stay the model's.
 */
import type { TextAnalysis } from '../types.ts';
import type { Token } from '../tokenize.ts';
import { turn } from './recommend.ts';
import { wordListSentiment } from './word-list.ts';

/** Spanish function words English does not use (not "la", "yo", "ya" or "tu": its slang does). */
const SPANISH = new Set(
  (
    'de que el en los las del se por con una para es al lo como más mas pero sus le este esta ' +
    'esto eso ese esa muy sin sobre hasta hay donde desde todo nos les ni mis él ella ellos era'
  ).split(' '),
);
/** Words that alone say the text is Spanish. */
const SURELY_SPANISH = new Set(
  (
    'gracias hola buenas quiero tengo tiene está estoy están estan también tambien porque nunca ' +
    'nadie nada usted ustedes llamé llame llamo llamada llamadas pedido factura servicio ' +
    'atención atencion veces minutos horas días semanas todavía todavia aún ayer reembolso ' +
    'técnico tecnico colgaron esperando devolvieron'
  ).split(' '),
);
/** English words that Spanish text does not use. */
const ENGLISH = new Set(
  (
    'the and to of i is was it for my in on you that this with have but not be are at they we ' +
    'so your he she his her them what just from'
  ).split(' '),
);

/** A word only Spanish uses, or two different Spanish function words, and fewer English ones. */
export function looksSpanish(tokens: readonly Token[]): boolean {
  const es = new Set<string>();
  let sure = false;
  let en = 0;
  for (const t of tokens) {
    if (SURELY_SPANISH.has(t.norm)) sure = true;
    else if (SPANISH.has(t.norm)) es.add(t.norm);
    else if (ENGLISH.has(t.norm)) en++;
  }
  return (sure || es.size >= 2) && es.size + (sure ? 1 : 0) > en;
}

/** The reading with its sentiment from the word list (the model's emotions and signals kept). */
export function readAsSpanish(a: TextAnalysis, text: string): TextAnalysis {
  const s = wordListSentiment(text);
  if (s === a.sentiment) return a;
  if (s === 'positive' || s === 'negative') return turn(a, s);
  if (s === 'ambiguous') return { ...a, sentiment: s, sentiments: ['positive', 'negative'] };
  return { ...a, sentiment: s, sentiments: ['neutral'], valence: 0 };
}
