/**
 * Rapport as production runs it on PostgreSQL: two `rapport serve` processes (WORKER=false,
 * TRUST_PROXY=loopback, PUBLIC_URL = the balancer) and two `rapport worker` processes on one fresh
 * database, behind a round-robin balancer on loopback, with a local Twilio stand-in for the
 * SMS the workers send. The test process opens the same database only to bootstrap workspaces
 * and to check what was stored.
 */
import { systemClock, systemIds } from '@rapport/core';
import { openStore, type Store } from '@rapport/store';
import { freshTarget } from '@rapport/testing';
import { bootstrapWorkspace } from '../auth/bootstrap.ts';
import { ACCOUNT_SID, AUTH_TOKEN } from '../testing/carrier-world.ts';
import { startFakeTwilio, type FakeTwilio } from '../testing/fake-twilio.ts';
import { HttpClient } from './http-client.ts';
import { SERVE_READY, startRapport, WORKER_READY, type RapportProcess } from './rapport-process.ts';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.ts';

export const METRICS_TOKEN = 'cluster-scrape-token-0123456789';

export interface Cluster {
  databaseUrl: string;
  store: Store;
  proxy: RoundRobinProxy;
  servers: RapportProcess[];
  workers: RapportProcess[];
  twilio: FakeTwilio;
  /** Through the balancer, without credentials. */
  client: HttpClient;
  workspace(name: string): Promise<{ id: string; apiKey: string; api: HttpClient }>;
  close(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const { target, drop } = await freshTarget('postgres');
  if (target.dialect !== 'postgres') throw new Error('the cluster runs on PostgreSQL');
  const twilio = await startFakeTwilio({ [ACCOUNT_SID]: AUTH_TOKEN });
  const proxy = await startRoundRobinProxy();
  const common = {
    DATABASE_URL: target.url,
    PUBLIC_URL: proxy.url,
    TWILIO_API_URL: twilio.url,
    WEB_DIST: '/nonexistent',
    RAPPORT_CONFIG: '',
    SMTP_URL: '',
    SMTP_INBOUND_PORT: '',
  };
  const started: RapportProcess[] = [];
  const start = async (name: string, args: string[], vars: Record<string, string>, re: RegExp) => {
    const p = await startRapport(name, args, { ...common, ...vars }, re);
    started.push(p);
    return p;
  };
  try {
    // All four start (and migrate the empty database) at once, as in a rolling deploy.
    const serve = (name: string) =>
      start(
        name,
        ['serve', '--port', '0', '--host', '127.0.0.1'],
        { WORKER: 'false', TRUST_PROXY: 'loopback', LOG_LEVEL: 'info', METRICS_TOKEN },
        SERVE_READY,
      );
    const work = (name: string) =>
      start(
        name,
        ['worker'],
        { LOG_LEVEL: 'debug', WORKER_POLL_MS: '50', WORKER_CONCURRENCY: '4' },
        WORKER_READY,
      );
    const [a, b, w1, w2] = await Promise.all([
      serve('server-a'),
      serve('server-b'),
      work('worker-1'),
      work('worker-2'),
    ]);
    const servers = [a, b];
    const workers = [w1, w2];
    proxy.setBackends(servers.map((s) => s.ready));
    const store = await openStore({ ...target, poolSize: 4 }, { migrate: false });
    const client = new HttpClient(proxy.url);
    return {
      databaseUrl: target.url,
      store,
      proxy,
      servers,
      workers,
      twilio,
      client,
      async workspace(name) {
        const { workspace, apiKey } = await bootstrapWorkspace(
          store,
          { clock: systemClock, ids: systemIds() },
          name,
        );
        return { id: workspace.id, apiKey, api: client.as({ apiKey }) };
      },
      async close() {
        await Promise.all(started.map((p) => p.stop('SIGTERM', 15_000)));
        await store.close();
        await proxy.close();
        await twilio.close();
        await drop();
      },
    };
  } catch (e) {
    await Promise.all(started.map((p) => p.stop('SIGKILL')));
    await proxy.close();
    await twilio.close();
    await drop();
    throw e;
  }
}
