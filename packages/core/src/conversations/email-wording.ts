/**
 * The survey e-mail's own words around the conversation's messages — the subject, the one-click
 * line, the reply hint and the unsubscribe link — in the conversation's language (the messages
 * themselves come from the survey's templates). English for a language without its own.
 */
import { baseLanguage } from '../surveys/localize.ts';

export interface EmailWording {
  subject: (companyName: string) => string;
  oneClick: string;
  replyHint: string;
  unsubscribe: string;
}

const EN: EmailWording = {
  subject: (company) => `A few quick questions from ${company}`,
  oneClick: 'Answer with one click:',
  replyHint: 'You can also simply reply to this e-mail.',
  unsubscribe: 'No more survey e-mails',
};

const ES: EmailWording = {
  subject: (company) => `Unas preguntas rápidas de ${company}`,
  oneClick: 'Responde con un clic:',
  replyHint: 'También puedes responder directamente a este correo.',
  unsubscribe: 'No quiero más correos de encuestas',
};

const BY_LANGUAGE: Record<string, EmailWording> = { en: EN, es: ES };

/** The wording for a language tag ("es", "es-MX"); English when there is none for it. */
export function emailWording(language: string): EmailWording {
  return BY_LANGUAGE[baseLanguage(language)] ?? EN;
}
