/**
 * The callers of the isolation matrix: an API key and a signed-in user (with its CSRF token)
 * of every role, all of workspace A.
 */
import { ROLES } from '@rapport/core';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApi } from '../../testing/harness.ts';
import { browsersOf, type SeededWorkspace } from '../../testing/security-world.ts';

export interface MatrixActor {
  name: string;
  call(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
}

export async function actorsOf(api: TestApi, w: SeededWorkspace): Promise<MatrixActor[]> {
  const browsers = await browsersOf(api, w);
  const out: MatrixActor[] = [];
  for (const role of ROLES) {
    const key = w.keys[role].key;
    out.push({
      name: `${role} key`,
      call: (method, url, body) =>
        api.app.inject({
          method,
          url,
          headers: {
            authorization: `Bearer ${key}`,
            ...(typeof body === 'string' ? { 'content-type': 'application/x-ndjson' } : {}),
          },
          ...(body === undefined
            ? {}
            : typeof body === 'string'
              ? { payload: body }
              : { payload: body as object }),
        }),
    });
    out.push({
      name: `${role} session`,
      call: (method, url, body) => browsers[role].call(method, url, body),
    });
  }
  return out;
}

const ULID = /\b([a-z]{2,3})_[0-9A-HJKMNP-TV-Z]{26}\b/g;
const TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/** An answer with the probed id, fresh ids and times replaced, for comparing two answers. */
export function normalise(body: string, probed: string): string {
  return body.split(probed).join('<probed>').replace(ULID, '$1_<id>').replace(TIME, '<time>');
}
