/**
 * Outbound e-mail over SMTP (nodemailer). Without SMTP_URL, e-mails are logged, not sent.
 */
import type { OutboundEmail, SentMessage } from '@rapport/core';
import nodemailer from 'nodemailer';
import { composeSurveyEmail } from './compose.ts';

export interface MailerOptions {
  smtpUrl?: string | undefined;
  smtpFrom: string;
  /** Told about each e-mail when none is sent (no SMTP_URL). */
  log?: ((msg: string, detail: object) => void) | undefined;
}

export function smtpEmailSender(opts: MailerOptions) {
  const transport = opts.smtpUrl
    ? nodemailer.createTransport(opts.smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true });
  const sendEmail = async (m: OutboundEmail): Promise<SentMessage> => {
    await transport.sendMail(composeSurveyEmail(m, opts.smtpFrom));
    if (!opts.smtpUrl)
      opts.log?.('SMTP_URL is not set: survey e-mail logged, not sent', {
        to: m.to,
        subject: m.subject,
      });
    return { providerId: m.messageId };
  };
  return { sendEmail, close: () => transport.close() };
}
