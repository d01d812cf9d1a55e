/** HTTP load with autocannon: bounded in time, loopback only. */
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

/** --quick's sampling interval (see `sampleMs`), so that its 1.5-s windows last 1.5 s. */
export const QUICK_SAMPLE_MS = 250;

export async function load(opts: {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** The body of each request (called once per request). */
  body: () => string;
  /** Instead of `body`: body and extra headers of each request. */
  request?: () => { body: string; headers: Record<string, string> };
  method?: string;
  /** A fixed number of requests instead of a duration. */
  amount?: number;
  /**
   * autocannon ends a timed load at its first sample after `seconds`, and samples once a second
   * by default: a 1.5-s load lasts 2 s. Sampling every `sampleMs` (--quick: QUICK_SAMPLE_MS)
   * ends it within that of `seconds`. Figures are per second of the load's real duration either way.
   */
  sampleMs?: number;
}): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(opts.url))
    throw new Error(`Load goes to loopback only, not ${opts.url}`);
  const r = await autocannon({
    url: opts.url,
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds }),
    timeout: 30,
    ...(opts.sampleMs ? { sampleInt: opts.sampleMs } : {}),
    method: opts.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...opts.headers },
    requests: [
      {
        setupRequest: (req) => {
          if (!opts.request) return { ...req, body: opts.body() };
          const r = opts.request();
          return { ...req, body: r.body, headers: { ...req.headers, ...r.headers } };
        },
      },
    ],
  });
  return {
    rps: r['2xx'] / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
  };
}
