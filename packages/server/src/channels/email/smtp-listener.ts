/**
 * Rapport's own SMTP listener for replies to survey e-mails (SMTP_INBOUND_PORT): the MX of the
 * workspace's reply domain points here. Only reply addresses of existing conversations are
 * accepted at RCPT (others: 550); a message is acknowledged only after it was handled and
 * committed, and a failure answers 451 so the sending server tries again.
 */
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { isKnownReplyAddress, receiveInboundMail, type InboundMailDeps } from './inbound-mail.ts';

export interface InboundSmtp {
  port: number;
  close(): Promise<void>;
}

const MAX_BYTES = 10 * 1024 * 1024;

function smtpError(message: string, responseCode: number): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode });
}

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startInboundSmtp(
  deps: InboundMailDeps & { onError?: (e: unknown) => void },
  opts: { port: number; host?: string | undefined; name?: string | undefined },
): Promise<InboundSmtp> {
  const server = new SMTPServer({
    name: opts.name ?? 'rapport',
    banner: 'Rapport survey replies',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideSTARTTLS: true,
    size: MAX_BYTES,
    logger: false,
    onRcptTo(address, _session: SMTPServerSession, callback) {
      isKnownReplyAddress(deps.store, address.address).then(
        (ok) => callback(ok ? undefined : smtpError('No such recipient', 550)),
        (e: unknown) => {
          deps.onError?.(e);
          callback(smtpError('Temporary failure, try again later', 451));
        },
      );
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then(async (raw) => {
          if ((stream as SMTPServerDataStream & { sizeExceeded?: boolean }).sizeExceeded)
            return callback(smtpError('Message too large', 552));
          const recipients = session.envelope.rcptTo.map((a) => a.address);
          await receiveInboundMail(deps, raw, { recipients });
          callback();
        })
        .catch((e: unknown) => {
          deps.onError?.(e);
          callback(smtpError('Temporary failure, try again later', 451));
        });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
