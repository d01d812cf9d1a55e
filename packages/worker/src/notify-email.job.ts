/**
 * `notify.email`: one notification e-mail (a case opened or escalated, praise received or
 * passed up, a thank-you to make). Sent over SMTP with nodemailer; without SMTP_URL it is
 * logged instead. At least once: the Message-ID is derived from the job id, the same on every
 * attempt, so a receiving server can drop a duplicate.
 */
import type { Settings } from '@rapport/config';
import { NOTIFY_EMAIL_JOB } from '@rapport/core';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import { defineJob, type EffectContext } from './definition.ts';

export interface NotificationEmail {
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  messageId: string;
}

/** How notifications leave; tests and other transports pass their own. */
export interface NotificationMailer {
  send(m: NotificationEmail): Promise<void>;
}

const payload = z.object({
  to: z.string().min(3).max(254),
  toName: z.string().max(200).nullable(),
  subject: z.string().max(300),
  text: z.string().max(20_000),
  link: z.string().max(2000).nullable(),
});

const transports = new Map<string, ReturnType<typeof nodemailer.createTransport>>();

/** The SMTP mailer of the settings, or null when no SMTP server is set. */
export function smtpNotificationMailer(
  settings: Pick<Settings, 'smtpUrl' | 'smtpFrom'>,
): NotificationMailer | null {
  const url = settings.smtpUrl;
  if (!url) return null;
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  const t = transport;
  return {
    async send(m) {
      await t.sendMail({
        from: settings.smtpFrom,
        to: m.toName ? { name: m.toName, address: m.to } : m.to,
        subject: m.subject,
        text: m.text,
        messageId: m.messageId,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
  };
}

function compose(ctx: EffectContext<z.infer<typeof payload>>): NotificationEmail {
  const p = ctx.payload;
  const base = ctx.settings.publicUrl?.replace(/\/$/, '');
  const link = p.link ? `\n\nOpen in Rapport: ${base ? `${base}${p.link}` : p.link}` : '';
  return {
    to: p.to,
    toName: p.toName,
    subject: p.subject,
    text: `${p.text}${link}\n\n— Rapport`,
    messageId: `<${ctx.job.id}.notify@rapport>`,
  };
}

export function notifyEmailJob(mailer?: NotificationMailer) {
  return defineJob({
    name: NOTIFY_EMAIL_JOB,
    schema: payload,
    maxAttempts: 6,
    backoff: { baseMs: 30_000, factor: 4 },
    async effect(ctx) {
      const m = compose(ctx);
      const via = mailer ?? smtpNotificationMailer(ctx.settings);
      if (!via) {
        ctx.logger.info(
          { to: m.to, subject: m.subject },
          'SMTP_URL is not set: notification logged, not sent',
        );
        return 'logged' as const;
      }
      await via.send(m);
      return 'sent' as const;
    },
    handler: async (ctx, outcome) => {
      ctx.logger.debug({ job: ctx.job.id, to: ctx.payload.to, outcome }, 'notification done');
    },
  });
}
