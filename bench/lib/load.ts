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
}): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(opts.url))
    throw new Error(`Load goes to loopback only, not ${opts.url}`);
  const r = await autocannon({
    url: opts.url,
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds }),
    timeout: 30,
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
