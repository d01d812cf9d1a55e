/**
 * The HTTP ceiling: a bare Fastify route that parses the same JSON body and answers 201 with the
 * same JSON Rapport returns, storing nothing. argv `--reply FILE` (the JSON to answer) and
 * `--async-reply FILE` (Rapport's 202 to `Prefer: respond-async`, at /api/v1/responses-async).
 */
import { readFileSync } from 'node:fs';
import formbody from '@fastify/formbody';
import Fastify from 'fastify';
import twilio from 'twilio';

const argv = process.argv.slice(2);
const file = argv[argv.indexOf('--reply') + 1];
if (!file) throw new Error('--reply is required');
// Read on the first request (the bench may start this server before the file is written; the
// warm-up load reads it before any timed one).
let reply: unknown;
let asyncReply: unknown;
const asyncFile = argv.includes('--async-reply') ? argv[argv.indexOf('--async-reply') + 1] : '';
const authToken = argv[argv.indexOf('--auth-token') + 1] ?? '';
const publicUrl = argv[argv.indexOf('--public-url') + 1] ?? '';
const app = Fastify({ logger: false });
await app.register(formbody);
// The SMS ceiling: verify Twilio's signature and answer a fixed TwiML reply.
app.post('/hooks/twilio/:ws/sms', async (req, res) => {
  const ok = twilio.validateRequest(
    authToken,
    String(req.headers['x-twilio-signature'] ?? ''),
    `${publicUrl}${req.url}`,
    req.body as Record<string, string>,
  );
  if (!ok) return res.code(403).send();
  res.type('text/xml');
  return '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thank you! On a scale of 1 to 10, how satisfied are you with how quickly your request was handled?</Message></Response>';
});
app.post('/api/v1/responses', async (_req, res) => {
  reply ??= JSON.parse(readFileSync(file, 'utf8')) as unknown;
  res.code(201);
  return reply;
});
app.post('/api/v1/responses-async', async (_req, res) => {
  if (!asyncFile) return res.code(404).send();
  asyncReply ??= JSON.parse(readFileSync(asyncFile, 'utf8')) as unknown;
  res.code(202);
  return asyncReply;
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`READY http://127.0.0.1:${port}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
