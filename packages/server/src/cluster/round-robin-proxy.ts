/**
 * A small round-robin HTTP load balancer for the multi-instance test, on loopback only: each
 * request goes to the next backend in turn over kept-alive connections, with the
 * X-Forwarded-For/-Proto/-Host headers a real balancer adds; the answer says which backend
 * served it (`x-rapport-backend: <index>`). A backend that cannot be reached is answered 502,
 * as nginx would: the client decides whether to retry (with its Idempotency-Key).
 */
import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';

export const BACKEND_HEADER = 'x-rapport-backend';

export interface RoundRobinProxy {
  url: string;
  /** Replaces the backends (http://127.0.0.1:port each); requests so far are unaffected. */
  setBackends(urls: string[]): void;
  /** Requests answered by each backend (by index), and 502s given for each. */
  served: number[];
  failed: number[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [k, v] of Object.entries(headers)) if (!HOP_BY_HOP.has(k)) out[k] = v;
  return out;
}

export async function startRoundRobinProxy(): Promise<RoundRobinProxy> {
  let backends: Array<{ url: URL; agent: Agent }> = [];
  let next = 0;
  const served: number[] = [];
  const failed: number[] = [];

  const server: Server = createServer((req, res) => {
    const index = backends.length ? next++ % backends.length : -1;
    const backend = backends[index];
    if (!backend) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('no backend');
      return;
    }
    const headers = endToEnd(req.headers);
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '127.0.0.1';
    headers['x-forwarded-proto'] = 'http';
    headers['x-forwarded-host'] = req.headers.host ?? '';
    const upstream = request(
      {
        host: backend.url.hostname,
        port: backend.url.port,
        method: req.method,
        path: req.url,
        headers,
        agent: backend.agent,
      },
      (answer) => {
        served[index] = (served[index] ?? 0) + 1;
        res.writeHead(answer.statusCode ?? 502, {
          ...endToEnd(answer.headers),
          [BACKEND_HEADER]: String(index),
        });
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', (e) => {
      failed[index] = (failed[index] ?? 0) + 1;
      if (res.headersSent) res.destroy();
      else
        res
          .writeHead(502, { 'content-type': 'text/plain', [BACKEND_HEADER]: String(index) })
          .end(`bad gateway: ${e.message}`);
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    failed,
    setBackends(urls) {
      for (const b of backends) b.agent.destroy();
      backends = urls.map((u) => {
        const url = new URL(u);
        if (url.hostname !== '127.0.0.1') throw new Error(`backends are on loopback only: ${u}`);
        return { url, agent: new Agent({ keepAlive: true, maxSockets: 32 }) };
      });
      next = 0;
    },
    async close() {
      for (const b of backends) b.agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
