/**
 * The senders a conversation's messages leave through: ports, implemented by the server's
 * channel adapters (Twilio REST, SMTP) and handed to the worker's delivery job.
 */
import type { SmsChannelSettings } from './channel-settings.ts';

export interface OutboundSms {
  account: SmsChannelSettings;
  to: string;
  body: string;
  /** Stable per message: a retried job sends the same key. */
  idempotencyKey: string;
}

/** A one-click answer per score of the first question, each a link to the survey page. */
export interface OneClickQuestion {
  questionId: string;
  text: string;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
}

export interface OutboundEmail {
  to: string;
  /** Default: the server's SMTP_FROM. */
  from: string | null;
  subject: string;
  /** The conversation's language: the e-mail's own words (emailWording) and its HTML lang. */
  language: string;
  /** The bot's messages, one paragraph each (plain text; the sender escapes them for HTML). */
  paragraphs: string[];
  /** Replies come back here. */
  replyTo: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  /** The one-click links of the first question (invitation e-mails only). */
  oneClick: { question: OneClickQuestion; surveyUrl: string } | null;
  /** RFC 8058 one-click unsubscribe (https POST) and a mailto fallback. */
  unsubscribe: { url: string; mailto: string };
  idempotencyKey: string;
}

export interface SentMessage {
  /** The provider's id: Twilio's Message SID, the e-mail's Message-ID. */
  providerId: string;
}

export interface ConversationSenders {
  sendSms(m: OutboundSms): Promise<SentMessage>;
  sendEmail(m: OutboundEmail): Promise<SentMessage>;
}
