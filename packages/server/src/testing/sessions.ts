/**
 * Users and signed-in browsers for API tests: create a user of a role through the API, sign
 * in, and call with the session cookie (and the CSRF header on changes, unless told not to).
 */
import type { Role } from '@rapport/core';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestWorkspace } from './harness.ts';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

export interface Browser {
  user: TestUser;
  cookie: string;
  csrf: string;
  /** Calls with the session; `csrf: false` leaves the X-CSRF-Token header out. */
  call(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    opts?: { csrf?: boolean | string; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
}

let n = 0;

export async function addUser(
  ws: TestWorkspace,
  role: Role,
  opts: { password?: string; employeeId?: string } = {},
): Promise<TestUser> {
  n++;
  const email = `${role}.${n}.${Date.now().toString(36)}@users.example`;
  const password = opts.password ?? `Horse battery staple ${n} ${role}!`;
  const res = await ws.call('POST', '/api/v1/users', {
    email,
    name: `${role} user ${n}`,
    role,
    password,
    ...(opts.employeeId ? { employeeId: opts.employeeId } : {}),
  });
  if (res.statusCode !== 201)
    throw new Error(`POST /api/v1/users → ${res.statusCode}: ${res.body}`);
  return { id: res.json<{ id: string }>().id, email, password, role };
}

export async function signIn(
  app: FastifyInstance,
  user: TestUser,
  headers: Record<string, string> = {},
): Promise<Browser> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password },
    headers,
  });
  if (res.statusCode !== 200) throw new Error(`sign-in → ${res.statusCode}: ${res.body}`);
  return browserFor(app, user, res);
}

export function browserFor(
  app: FastifyInstance,
  user: TestUser,
  res: LightMyRequestResponse,
): Browser {
  const cookies = res.cookies as Array<{ name: string; value: string }>;
  const cookie = cookies.find((c) => c.name === 'rapport_session')?.value ?? '';
  const csrf = cookies.find((c) => c.name === 'rapport_csrf')?.value ?? '';
  return {
    user,
    cookie,
    csrf,
    call(method, url, body, opts = {}) {
      const token =
        opts.csrf === false ? undefined : typeof opts.csrf === 'string' ? opts.csrf : csrf;
      return app.inject({
        method,
        url,
        cookies: { rapport_session: cookie, rapport_csrf: csrf },
        headers: { ...(token ? { 'x-csrf-token': token } : {}), ...opts.headers },
        ...(body === undefined
          ? {}
          : typeof body === 'string'
            ? { payload: body }
            : { payload: body as object }),
      });
    },
  };
}
