/**
 * The senders survey conversations leave through: Twilio's REST API for SMS and SMTP for
 * e-mail, configured from the server's settings. The worker's delivery job calls them.
 */
import type { Settings } from '@rapport/config';
import type { ConversationSenders } from '@rapport/core';
import { smtpEmailSender } from './email/mailer.ts';
import { twilioSmsSender } from './twilio/rest.ts';

export function createConversationSenders(
  settings: Pick<Settings, 'twilioApiUrl' | 'smtpUrl' | 'smtpFrom'>,
  log?: (msg: string, detail: object) => void,
): ConversationSenders & { close(): void } {
  const mail = smtpEmailSender({ smtpUrl: settings.smtpUrl, smtpFrom: settings.smtpFrom, log });
  return {
    sendSms: twilioSmsSender({ apiUrl: settings.twilioApiUrl }),
    sendEmail: mail.sendEmail,
    close: mail.close,
  };
}
