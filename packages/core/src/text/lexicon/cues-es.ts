/**
 * Spanish customer-service phrases, by what they signal (the syntax of cues.ts; a word is
 * written with and without its accent, as customers type both). The model was trained on
 * English only, but it learnt what each category of cue is worth ("churn", "wait", "praise"…):
 * these phrases let it read a Spanish complaint, a wait, a threat to leave or thanks through
 * those same weights. Its words and letters stay English, so a Spanish text with no cue reads
 * neutral.
 *
 * They are appended after the English ones, so no English phrase changes its place, and they
 * match no text of GoEmotions, cx/ or maia-dqe (`npm run eval` counts them): the model's
 * training and its accuracy report are unchanged by them. Written by hand; there is no labelled
 * Spanish text in ../shared/data. ("jajaja" is left out: one GoEmotions training comment has it.)
 */
import type { CueCategory } from './cues.ts';

export const CUES_ES: Readonly<Record<CueCategory, readonly string[]>> = {
  churn: [
    'darme|dar|doy|darnos de baja',
    'me|nos doy|damos de baja',
    'me|nos voy|vamos a cambiar~|ir',
    'cambiarme|cambiarnos|cambiar~|pasarme|irme de compañía|compania|banco|proveedor|operador~|empresa|aseguradora',
    'cambiarme|pasarme|irme a otra|otro',
    'otra compañía|compania|empresa|aseguradora|operadora',
    'otro banco|proveedor|operador',
    'la competencia',
    'nunca más|mas',
    'no vuelvo|volveré|volvere|volveremos|renuevo|renovaré|renovare',
    'cerrar|cierro|cancelo mi|la cuenta|contrato|suscripción|suscripcion|póliza|poliza',
    'rescindir~',
    'ya me cansé|canse',
    'se acabó|acabo',
    'estoy harto|harta',
  ],
  effort: [
    'segunda|tercera|cuarta|quinta|enésima|enesima vez',
    '# veces|llamadas|correos|intentos',
    'dos|tres|cuatro|cinco|seis|varias|muchas|mil|tantas veces|llamadas|correos',
    'otra vez',
    'de nuevo',
    'una y otra vez',
    'en espera',
    'me colgaron',
    'se cortó|corto la llamada|línea|linea',
    'sigo|seguimos|llevo|llevamos esperando',
    'nadie me|nos contesta|contestó|contesto|responde|respondió|respondio|llamó|llamo|devolvió|devolvio|ayuda|ayudó|ayudo',
    'nadie contesta|responde|sabe',
    'no me|nos devolvieron|devolvió|devolvio|llamaron|contestan|contestaron|responden|respondieron',
    'sin respuesta',
    'me pasaron|transfirieron de|con|a',
    'de un lado a otro',
    'volver a explicar|llamar',
    'tuve|tuvimos que llamar|ir|volver|explicar|esperar|insistir',
    'todavía|todavia|aún|aun no|sin',
  ],
  wait: [
    '# minutos|horas|días|dias|semanas|meses',
    'esperando',
    'espera',
    'esperé|espere|esperamos',
    'retraso~',
    'demora|demoras|demorado|demorada|demoraron',
  ],
  praise: [
    'gracias',
    'agradezco|agradecemos|agradecido|agradecida',
    'muy amable~|atento|atenta|atentos|rápido|rapido|rápida|rapida|profesional|eficiente',
    'excelente~',
    'estupendo|estupenda',
    'maravilla~|maravilloso|maravillosa',
    'me|nos ayudó|ayudo|ayudaron|resolvió|resolvio|resolvieron|solucionó|soluciono|solucionaron',
    'lo|todo resolvió|resolvio|resolvieron|solucionó|soluciono|solucionaron',
    'de diez',
    'no tengo|hay|tuve queja~',
    'ninguna|sin queja~',
    'atención|atencion excelente|impecable|de diez',
    'lo recomiendo',
    'la recomiendo',
    'los recomiendo',
    'encantado|encantada',
    'muy contento|contenta|satisfecho|satisfecha',
  ],
  escalation: ['jefe', 'gerente', 'encargado|encargada', 'hablar con alguien', 'que lo sepa|sepan'],
  complaint: [
    'poner|puse|presentar|presenté|presente una queja|reclamación|reclamacion',
    'mi queja|reclamación|reclamacion',
    'pésimo|pesimo|pésima|pesima',
    'vergüenza|verguenza',
    'inaceptable',
    'lamentable',
    'desastre',
    'grosero|grosera|maleducado|maleducada',
    'incompetente~',
    'estafa~',
    'no funciona|sirve|sirvió|sirvio',
    'no me ayudaron|ayudó|ayudo|resolvieron|resolvió|resolvio|solucionaron',
    'me cobraron de más|mas',
    'cobro|cobros indebido~',
  ],
  urgency_strong: [
    'urgente~',
    'lo antes posible',
    'cuanto antes',
    'de inmediato',
    'inmediatamente',
    'ahora mismo',
    'emergencia',
    'sin luz|agua|gas|calefacción|calefaccion',
  ],
  urgency: [
    'hoy',
    'esta noche|mañana|manana|tarde',
    'ayuda',
    'rápido|rapido por favor',
    'sin internet|señal|senal|teléfono|telefono|dinero',
  ],
  calm: ['sin prisa', 'no es urgente', 'cuando puedan|pueda'],
  humour: ['es broma', 'de broma'],
  sarcasm: ['muchas gracias por nada', 'gracias por nada'],
};
