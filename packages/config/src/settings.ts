/**
 * Every setting of Rapport, documented and validated in one place. Sources, later winning:
 * defaults < the JSON file named by RAPPORT_CONFIG < environment variables.
 */
import { isIP } from 'node:net';
import { z } from 'zod';

const bool = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** An address or CIDR a proxy connects from, or one of proxy-addr's names for a range. */
function proxyAddress(a: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(a)) return true;
  const [ip, bits, ...rest] = a.split('/');
  return !rest.length && isIP(ip ?? '') !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits));
}

/**
 * Which X-Forwarded-For hops to believe: none (false), every one (true: only when nothing but
 * the balancer can reach Rapport), or those added by the balancers at these addresses/CIDRs.
 */
const trustProxy = z
  .union([z.boolean(), z.string().trim().min(1)])
  .transform((v, ctx): boolean | string[] => {
    if (typeof v === 'boolean') return v;
    if (/^(true|yes|1)$/i.test(v)) return true;
    if (/^(false|no|0)$/i.test(v)) return false;
    const list = v.split(',').map((a) => a.trim());
    if (list.every(proxyAddress)) return list;
    ctx.addIssue({
      code: 'custom',
      message: "true, false, or the balancers' addresses/CIDRs separated by commas",
    });
    return z.NEVER;
  });

export interface SettingDoc {
  env: string;
  key: string;
  doc: string;
  default: string;
}

/** The documentation of every setting; `docs/CONFIGURATION.md` is generated from this table. */
export const SETTINGS: SettingDoc[] = [
  {
    env: 'DATABASE_URL',
    key: 'databaseUrl',
    default: './data/rapport.db',
    doc: 'Where data lives: a file path or sqlite: URL for the embedded SQLite default, or a postgres:// URL for PostgreSQL.',
  },
  {
    env: 'PORT',
    key: 'port',
    default: '3000',
    doc: 'TCP port of the HTTP server (API, web app and survey pages on one port).',
  },
  {
    env: 'HOST',
    key: 'host',
    default: '127.0.0.1',
    doc: 'Interface to listen on; 0.0.0.0 to accept connections from other machines.',
  },
  {
    env: 'PUBLIC_URL',
    key: 'publicUrl',
    default: 'http://localhost:<PORT>',
    doc: 'The address customers and browsers reach Rapport at; used in survey links, e-mails and webhook signatures. https:// makes cookies Secure.',
  },
  {
    env: 'LOG_LEVEL',
    key: 'logLevel',
    default: 'info',
    doc: 'fatal, error, warn, info, debug, trace or silent.',
  },
  {
    env: 'BODY_LIMIT',
    key: 'bodyLimit',
    default: '1048576',
    doc: 'Largest accepted request body in bytes (bulk NDJSON ingest allows 64x this).',
  },
  {
    env: 'SESSION_TTL_HOURS',
    key: 'sessionTtlHours',
    default: '12',
    doc: 'How long a web session lasts.',
  },
  {
    env: 'WORKER',
    key: 'worker',
    default: 'true',
    doc: 'Run the job worker inside `rapport serve` (false when separate `rapport worker` processes run).',
  },
  {
    env: 'WORKER_CONCURRENCY',
    key: 'workerConcurrency',
    default: '4',
    doc: 'Jobs a worker runs at once.',
  },
  {
    env: 'WORKER_POLL_MS',
    key: 'workerPollMs',
    default: '250',
    doc: 'How often an idle worker looks for due jobs.',
  },
  {
    env: 'SMTP_URL',
    key: 'smtpUrl',
    default: '(none: e-mail is logged, not sent)',
    doc: 'Outbound mail server, e.g. smtp://user:pass@mail.example.com:587.',
  },
  {
    env: 'SMTP_FROM',
    key: 'smtpFrom',
    default: 'Rapport <rapport@localhost>',
    doc: 'From address of survey and notification e-mails.',
  },
  {
    env: 'SMTP_INBOUND_PORT',
    key: 'smtpInboundPort',
    default: '(off)',
    doc: "Port of Rapport's own SMTP listener for replies to survey e-mails.",
  },
  {
    env: 'TWILIO_API_URL',
    key: 'twilioApiUrl',
    default: 'https://api.twilio.com',
    doc: 'Base URL of the Twilio REST API for outbound SMS.',
  },
  {
    env: 'LOGIN_RATE_LIMIT',
    key: 'loginRateLimit',
    default: '10',
    doc: 'Failed sign-ins allowed per e-mail and per client address per 15 minutes.',
  },
  {
    env: 'TRUST_PROXY',
    key: 'trustProxy',
    default: 'false',
    doc: 'Believe X-Forwarded-For/-Proto from these load balancers: their addresses or CIDRs, comma-separated (`loopback` for one on the same machine, `uniquelocal` for private networks, or e.g. `10.0.0.0/8`); `true` believes any hop (only when nothing but the balancer can reach Rapport: clients can write the header). The client address counts in rate limits and the loopback-only /metrics.',
  },
  {
    env: 'METRICS_TOKEN',
    key: 'metricsToken',
    default: '(none: /metrics answers loopback clients only)',
    doc: 'Bearer token a Prometheus scraper sends to GET /metrics from another machine.',
  },
  {
    env: 'WEBHOOK_ALLOW_PRIVATE_TARGETS',
    key: 'webhookAllowPrivateTargets',
    default: 'false',
    doc: 'Let webhook endpoints point at loopback, private (RFC 1918, 100.64/10, fc00::/7), link-local (169.254/16 — cloud metadata — and fe80::/10), unspecified or multicast addresses. Off, such URLs are refused when saved and deliveries to names that resolve there are failed (server-side request forgery guard); turn on only when receivers on your own network are intended.',
  },
  {
    env: 'WEB_DIST',
    key: 'webDist',
    default: 'packages/web/dist',
    doc: 'Folder of the built web app served at /.',
  },
  {
    env: 'RAPPORT_CONFIG',
    key: '(file)',
    default: '(none)',
    doc: 'Path of an optional JSON file with any of the keys above (camelCase); environment variables win over it.',
  },
];

export const settingsSchema = z.object({
  databaseUrl: z.string().min(1).default('./data/rapport.db'),
  port: int(0, 65535).default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  publicUrl: z.url({ protocol: /^https?$/ }).optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  bodyLimit: int(1024, 1024 ** 3).default(1_048_576),
  sessionTtlHours: int(1, 24 * 90).default(12),
  worker: bool.default(true),
  workerConcurrency: int(1, 256).default(4),
  workerPollMs: int(10, 60_000).default(250),
  smtpUrl: z.url({ protocol: /^smtps?$/ }).optional(),
  smtpFrom: z.string().min(3).default('Rapport <rapport@localhost>'),
  smtpInboundPort: int(0, 65535).optional(),
  twilioApiUrl: z.url().default('https://api.twilio.com'),
  loginRateLimit: int(1, 10_000).default(10),
  trustProxy: trustProxy.default(false),
  webDist: z.string().default('packages/web/dist'),
  webhookAllowPrivateTargets: bool.default(false),
  metricsToken: z.string().min(16, 'at least 16 characters').optional(),
});

export type Settings = z.output<typeof settingsSchema> & { publicUrl: string };
