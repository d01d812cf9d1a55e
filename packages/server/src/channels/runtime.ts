/**
 * Survey conversations at run time: the job registry with the SMS and e-mail senders (for
 * `rapport serve` and `rapport worker`), and Rapport's SMTP listener for e-mail replies when
 * SMTP_INBOUND_PORT is set.
 */
import type { Settings } from '@rapport/config';
import { systemClock, systemIds } from '@rapport/core';
import type { Store } from '@rapport/store';
import { createRapportRegistry, type JobRegistry } from '@rapport/worker';
import type { Logger } from 'pino';
import { startInboundSmtp, type InboundSmtp } from './email/smtp-listener.ts';
import { createConversationSenders } from './senders.ts';

/** Rapport's job registry, its conversation jobs sending through Twilio and SMTP. */
export function channelRegistry(
  settings: Settings,
  logger: Pick<Logger, 'info'>,
): { registry: JobRegistry; close(): void } {
  const senders = createConversationSenders(settings, (msg, detail) => logger.info(detail, msg));
  return {
    registry: createRapportRegistry({ conversations: { senders } }),
    close: () => senders.close(),
  };
}

/** Starts the SMTP listener for replies when SMTP_INBOUND_PORT is set. */
export async function startMailListener(
  store: Store,
  settings: Settings,
  logger: Pick<Logger, 'info' | 'error'>,
): Promise<InboundSmtp | undefined> {
  if (settings.smtpInboundPort === undefined) return undefined;
  const smtp = await startInboundSmtp(
    {
      store,
      clock: systemClock,
      ids: systemIds(),
      onError: (e) => logger.error({ err: e }, 'inbound e-mail failed; the sender will retry'),
    },
    { port: settings.smtpInboundPort, host: settings.host },
  );
  logger.info({ port: smtp.port }, 'listening for survey e-mail replies (SMTP)');
  return smtp;
}
