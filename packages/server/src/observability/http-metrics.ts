/**
 * Request rate and latency per route, kept in memory per process (Prometheus sums instances).
 * Routes are labelled by their pattern (`/api/v1/customers/:id`), never the raw URL, so the
 * number of series stays bounded.
 */
import type { FastifyInstance } from 'fastify';
import type { MetricFamily } from './prometheus.ts';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  count: number;
  sum: number;
  buckets: number[];
}

export class HttpMetrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, Series>();

  register(app: FastifyInstance): void {
    app.addHook('onResponse', async (req, reply) => {
      const route = req.routeOptions.url ?? 'unmatched';
      const key = JSON.stringify([req.method, route, String(reply.statusCode)]);
      this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
      const dkey = JSON.stringify([req.method, route]);
      const s = this.durations.get(dkey) ?? { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
      const seconds = reply.elapsedTime / 1000;
      s.count++;
      s.sum += seconds;
      BUCKETS.forEach((b, i) => {
        if (seconds <= b) s.buckets[i] = (s.buckets[i] ?? 0) + 1;
      });
      this.durations.set(dkey, s);
    });
  }

  families(): MetricFamily[] {
    const requests: MetricFamily = {
      name: 'rapport_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status.',
      type: 'counter',
      samples: [...this.requests].map(([k, value]) => {
        const [method, route, status] = JSON.parse(k) as [string, string, string];
        return { labels: { method, route, status }, value };
      }),
    };
    const latency: MetricFamily = {
      name: 'rapport_http_request_duration_seconds',
      help: 'HTTP request latency, by method and route pattern.',
      type: 'histogram',
      samples: [...this.durations].flatMap(([k, s]) => {
        const [method, route] = JSON.parse(k) as [string, string];
        const labels = { method, route };
        return [
          ...BUCKETS.map((b, i) => ({
            suffix: '_bucket',
            labels: { ...labels, le: String(b) },
            value: s.buckets[i] ?? 0,
          })),
          { suffix: '_bucket', labels: { ...labels, le: '+Inf' }, value: s.count },
          { suffix: '_sum', labels, value: s.sum },
          { suffix: '_count', labels, value: s.count },
        ];
      }),
    };
    return [requests, latency];
  }
}
