/**
 * The webhook target policy of this installation (WEBHOOK_ALLOW_PRIVATE_TARGETS) with the
 * system resolver. The name in a URL is resolved before the write transaction opens — a slow
 * DNS answer must not hold the store's writer — and core judges the addresses.
 */
import { lookup } from 'node:dns/promises';
import type { Settings } from '@rapport/config';
import type { WebhookTargetPolicy } from '@rapport/core';

const RESOLVE_TIMEOUT_MS = 3_000;

async function resolveHost(host: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer for ${host}`)), RESOLVE_TIMEOUT_MS);
  });
  try {
    const found = await Promise.race([lookup(host, { all: true, verbatim: true }), timeout]);
    return found.map((a) => a.address);
  } finally {
    clearTimeout(timer);
  }
}

/** The policy for saving `url`, its host already resolved. */
export async function webhookTargetPolicy(
  settings: Settings,
  url: string | undefined,
): Promise<WebhookTargetPolicy> {
  const allowPrivate = settings.webhookAllowPrivateTargets;
  let host: string | undefined;
  try {
    host = url === undefined || allowPrivate ? undefined : new URL(url).hostname;
  } catch {
    host = undefined; // core answers 422 for a URL that does not parse
  }
  const answer = host
    ? resolveHost(host).then(
        (a) => ({ a }),
        (e: unknown) => ({ e }),
      )
    : null;
  const settled = answer ? await answer : null;
  return {
    allowPrivate,
    resolve: async (name) => {
      if (name !== host || !settled) return resolveHost(name);
      if ('e' in settled) throw settled.e;
      return settled.a;
    },
  };
}
