/** The page's own words, per language (question texts come from the survey definition). */
import { baseLanguage } from '@rapport/core';
export interface PageStrings {
  next: string;
  finish: string;
  skip: string;
  back: string;
  progress: (n: number, total: number) => string;
  thanksTitle: string;
  thanks: string;
  /** After a low score or expectations failed: an apology, and who will see it. */
  thanksLow: string;
  /** After high scores only. */
  thanksHigh: string;
  answeredTitle: string;
  /** A link past its expiry, not answered. */
  expiredTitle: string;
  invalidTitle: string;
  answeredText: string;
  expiredText: string;
  invalidText: string;
  expectation: { failed: string; met: string; exceeded: string };
  yes: string;
  no: string;
  contactLegend: string;
  contactHint: string;
  name: string;
  email: string;
  send: string;
  pickOne: string;
  pickSome: string;
  /** A text question (or the probe) sent empty. */
  writeSome: string;
  /** Finished before the last question. */
  questionsLeft: string;
  /** Above the probe after a low score ("what went wrong?"). */
  probeHeading: string;
}

const EN: PageStrings = {
  next: 'Next',
  finish: 'Send my answers',
  skip: 'Skip this question',
  back: 'Back',
  progress: (n, t) => `Question ${n} of ${t}`,
  thanksTitle: 'Thank you',
  thanks: 'Your answers have been received. We read every one of them.',
  thanksLow:
    "We're sorry we let you down, and thank you for telling us. Your answers go to the people who can put it right.",
  thanksHigh:
    "Your answers have been received. We're glad it went well, and thank you for telling us.",
  answeredTitle: 'Already answered',
  expiredTitle: 'Link expired',
  invalidTitle: 'Survey not available',
  answeredText: 'This survey has already been answered. Thank you!',
  expiredText: 'This survey link has expired.',
  invalidText: 'This survey link is not valid.',
  expectation: {
    failed: 'Below what I expected',
    met: 'About what I expected',
    exceeded: 'Better than I expected',
  },
  yes: 'Yes',
  no: 'No',
  contactLegend: 'May we get back to you?',
  contactHint:
    'Optional: leave your e-mail and we will reply to you personally. Leave it empty to stay anonymous.',
  name: 'Your name',
  email: 'Your e-mail',
  send: 'Send',
  pickOne: 'Choose one answer, or skip the question.',
  pickSome: 'Choose at least one answer, or skip the question.',
  writeSome: 'Write your answer, or skip the question.',
  questionsLeft: 'There are questions left: answer or skip them first.',
  probeHeading: 'About your answer',
};

const ES: PageStrings = {
  next: 'Siguiente',
  finish: 'Enviar mis respuestas',
  skip: 'Saltar esta pregunta',
  back: 'Atrás',
  progress: (n, t) => `Pregunta ${n} de ${t}`,
  thanksTitle: 'Gracias',
  thanks: 'Hemos recibido tus respuestas. Las leemos todas.',
  thanksLow:
    'Sentimos haberte fallado, y gracias por decírnoslo. Tus respuestas llegan a las personas que pueden arreglarlo.',
  thanksHigh:
    'Hemos recibido tus respuestas. Nos alegra que haya ido bien, y gracias por contárnoslo.',
  answeredTitle: 'Ya respondida',
  expiredTitle: 'Enlace caducado',
  invalidTitle: 'Encuesta no disponible',
  answeredText: 'Esta encuesta ya se ha respondido. ¡Gracias!',
  expiredText: 'Este enlace de la encuesta ha caducado.',
  invalidText: 'Este enlace de la encuesta no es válido.',
  expectation: {
    failed: 'Peor de lo que esperaba',
    met: 'Más o menos lo que esperaba',
    exceeded: 'Mejor de lo que esperaba',
  },
  yes: 'Sí',
  no: 'No',
  contactLegend: '¿Podemos responderte?',
  contactHint:
    'Opcional: deja tu correo y te responderemos personalmente. Déjalo vacío para seguir en el anonimato.',
  name: 'Tu nombre',
  email: 'Tu correo',
  send: 'Enviar',
  pickOne: 'Elige una respuesta o salta la pregunta.',
  pickSome: 'Elige al menos una respuesta o salta la pregunta.',
  writeSome: 'Escribe tu respuesta o salta la pregunta.',
  questionsLeft: 'Quedan preguntas: respóndelas o sáltalas primero.',
  probeHeading: 'Sobre tu respuesta',
};

export function stringsFor(lang: string): PageStrings {
  return baseLanguage(lang) === 'es' ? ES : EN;
}
