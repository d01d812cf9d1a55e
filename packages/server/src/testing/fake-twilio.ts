/**
 * A local stand-in for Twilio's REST API that checks each request as Twilio would receive it:
 * POST /2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP basic auth with the account SID
 * and auth token, a form body with To, From and Body. It answers 201 with a Message resource,
 * or Twilio's error shape (401, 404, 400) when the request is wrong.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface FakeTwilioMessage {
  accountSid: string;
  to: string;
  from: string;
  body: string;
  sid: string;
  idempotencyToken: string | null;
}

export interface FakeTwilio {
  url: string;
  messages: FakeTwilioMessage[];
  /** Requests refused, with the reason. */
  refused: string[];
  /** Answer the next n requests with this status (e.g. 500) after checking them. */
  failNext(status: number, n?: number): void;
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeTwilio(accounts: Record<string, string>): Promise<FakeTwilio> {
  const messages: FakeTwilioMessage[] = [];
  const refused: string[] = [];
  let failures: { status: number; left: number } | null = null;
  const server: Server = createServer((req, res) => {
    const send = (status: number, json: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    const refuse = (status: number, code: number, message: string) => {
      refused.push(message);
      send(status, {
        code,
        message,
        more_info: `https://www.twilio.com/docs/errors/${code}`,
        status,
      });
    };
    void bodyOf(req).then((raw) => {
      const m = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m?.[1])
        return refuse(404, 20404, 'The requested resource was not found');
      const sid = m[1];
      const auth = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const [user, pass] = auth ? Buffer.from(auth, 'base64').toString('utf8').split(':') : [];
      if (user !== sid || accounts[sid] === undefined || pass !== accounts[sid])
        return refuse(401, 20003, 'Authenticate');
      if (!/^application\/x-www-form-urlencoded\b/.test(req.headers['content-type'] ?? ''))
        return refuse(400, 21000, 'Content-Type must be application/x-www-form-urlencoded');
      const form = new URLSearchParams(raw);
      const to = form.get('To');
      const from = form.get('From');
      const body = form.get('Body');
      if (!to || !/^\+[1-9]\d{6,14}$/.test(to))
        return refuse(400, 21211, "The 'To' number is not a valid phone number.");
      if (!from) return refuse(400, 21603, "A 'From' phone number is required.");
      if (!body) return refuse(400, 21602, 'Message body is required.');
      if (body.length > 1600)
        return refuse(
          400,
          21617,
          'The concatenated message body exceeds the 1600 character limit.',
        );
      if (failures && failures.left > 0) {
        failures.left--;
        return refuse(failures.status, 20500, 'Internal Server Error');
      }
      const message: FakeTwilioMessage = {
        accountSid: sid,
        to,
        from,
        body,
        sid: `SM${(messages.length + 1).toString(16).padStart(32, '0')}`,
        idempotencyToken: (req.headers['i-twilio-idempotency-token'] as string | undefined) ?? null,
      };
      messages.push(message);
      return send(201, {
        sid: message.sid,
        account_sid: sid,
        to,
        from,
        body,
        status: 'queued',
        num_segments: String(Math.ceil(body.length / 153)),
        direction: 'outbound-api',
        uri: `/2010-04-01/Accounts/${sid}/Messages/${message.sid}.json`,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    refused,
    failNext(status, n = 1) {
      failures = { status, left: n };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
