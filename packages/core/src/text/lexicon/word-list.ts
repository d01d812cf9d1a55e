/**
 * The words and phrases the word-list reader (analysis/word-list.ts) counts, in English and Spanish,
 * written without accents (the reader strips them). Spanish has no labelled data here, so this
 * list is written by hand for what customers write to a service: waits, calls not returned,
 * being cut off, having to ask again, and thanks. Phrases are matched as whole words.
 */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const NEGATIVE_WORDS = words(`
  rude awful terrible horrible bad worst angry upset furious frustrated frustrating frustration
  disappointed disappointing annoyed annoying hate useless slow wrong poor unhappy unacceptable
  ridiculous waste wasted incompetent condescending ignored broken cancel switch leaving
  problem problems issue complaint
  mal malo mala malos malas peor peores pesimo pesima pesimos terrible terribles horrible
  horribles grosero grosera groseros enfadado enfadada enojado enojada molesto molesta furioso
  furiosa harto harta cansado cansada frustrado frustrada frustrante lento lenta inutil inutiles
  decepcionado decepcionada decepcion decepcionante fatal problema problemas queja quejas reclamo
  cancelar inaceptable verguenza vergonzoso incompetente incompetentes lamentable desastre basura
  estafa mentira mintieron enganaron ignoraron ignorado ignorada retraso retrasos demora
  demorado colgaron error errores falla fallo fallas averia averiado roto rota danado danada
  nadie desesperante insoportable indignado indignada abusivo
`);

export const POSITIVE_WORDS = words(`
  great excellent amazing wonderful fantastic love loved lovely helpful thanks thank thankful
  friendly quick fast perfect happy awesome brilliant kind best good pleased superb outstanding
  patient professional nice recommend
  genial excelente excelentes increible maravilloso maravillosa gracias amable amables rapido
  rapida rapidamente perfecto perfecta feliz bueno buena buenisimo buenisima mejor encantado
  encantada contento contenta satisfecho satisfecha agradecido agradecida estupendo estupenda
  fantastico fantastica eficiente atento atenta atentos resolvio resolvieron soluciono
  solucionaron ayudo ayudaron recomiendo profesional paciente
`);

/** Words that deny what follows them in the same clause ("not helpful", "no me ayudaron"). */
export const NEGATORS = words(`
  not n't never no hardly didnt wasnt isnt dont doesnt couldnt wont cant
  nada nunca ni tampoco sin jamas
`);

/** Whole phrases read as a complaint even with no negative word in them. */
export const NEGATIVE_PHRASES: readonly string[] = [
  // English
  'on hold',
  'still waiting',
  'no one called',
  'nobody called',
  'no one got back',
  'nobody got back',
  'never called back',
  'never got back',
  'hung up',
  'cut off',
  'third time',
  'again and again',
  'no answer',
  'no reply',
  'no response',
  'waste of time',
  // Spanish
  'en espera',
  'me dejaron esperando',
  'sigo esperando',
  'seguimos esperando',
  'llevo esperando',
  'nadie me',
  'nadie contesta',
  'nadie responde',
  'no me devolvieron',
  'no me devolvio',
  'no me llamaron',
  'no me contestan',
  'no contestan',
  'no responden',
  'me colgaron',
  'se corto la llamada',
  'se corto',
  'tercera vez',
  'varias veces',
  'mil veces',
  'todavia no',
  'aun no',
  'sin respuesta',
  'sin solucion',
  'no funciona',
  'no sirve',
  'no sirvio',
  'no me ayudaron',
  'no me ayudo',
  'no resolvieron',
  'no lo resolvieron',
  'no me solucionaron',
  'me cobraron de mas',
  'cobro de mas',
  'darme de baja',
  'dar de baja',
  'me voy a cambiar',
  'perdida de tiempo',
  'gracias por nada',
];

/** Whole phrases read as praise even with no positive word in them. */
export const POSITIVE_PHRASES: readonly string[] = [
  'sorted it',
  'went above and beyond',
  'de maravilla',
  'muy bien',
  'todo bien',
  'me encanto',
  'me encanta',
  'sin problema',
  'sin problemas',
  'ningun problema',
  'ninguna queja',
  'no tengo quejas',
  'no hay queja',
];
