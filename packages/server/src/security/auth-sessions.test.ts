/**
 * Authentication and sessions (issue 9, item 5): argon2id passwords with a policy and a list
 * of common passwords; session cookies that are long random secrets, HttpOnly, SameSite and
 * Secure behind https; CSRF on cookie-authenticated changes; sessions ended by sign-out, by
 * disabling the user, by a password change and by an admin's reset; sign-in limited with
 * Retry-After, the counters shared by two app instances on one database; every step audited.
 */
import { describeEachDialect } from '@rapport/testing';
import { FakeClock, idsFor } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../testing/harness.ts';
import { addUser, browserFor, signIn } from '../testing/sessions.ts';

let tried = 0;
let failed = 0;
const check = (ok: boolean) => {
  tried++;
  if (!ok) failed++;
  return ok;
};

describeEachDialect('authentication and sessions', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let clock: FakeClock;

  beforeAll(async () => {
    clock = new FakeClock('2026-03-01T10:00:00.000Z');
    api = await testApi(db().store, { clock, ids: idsFor(clock) });
    ws = await api.workspace('Auth');
  });
  afterAll(async () => {
    await api.close();
    console.log(`[auth-sessions] cases tried: ${tried}, failed: ${failed}`);
  });

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });

  it('enforces the password policy: 8 to 128 characters, no common ones, not the e-mail', async () => {
    const cases: Array<[string, number]> = [
      ['short12', 422],
      ['baseball', 422],
      ['Password1', 422],
      ['iloveyou', 422],
      ['qwertyuiop', 422],
      ['a'.repeat(129), 422],
      ['x'.repeat(128), 201],
      ['correct horse battery staple, but sixty-four characters long....', 201],
      ['🔐🦄🌈🍀 unicode passphrase ✓', 201],
      ['        spaces   count       ', 201],
    ];
    for (const [password, status] of cases) {
      const res = await ws.call('POST', '/api/v1/users', {
        email: `p${tried}@policy.example`,
        name: 'Policy',
        role: 'agent',
        password,
      });
      expect(check(res.statusCode === status), `${password}: ${res.body}`).toBe(true);
      if (status === 422)
        expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('password');
    }
    const own = await ws.call('POST', '/api/v1/users', {
      email: 'marianne.dupont@policy.example',
      name: 'Marianne',
      role: 'agent',
      password: 'marianne.dupont2',
    });
    expect(check(own.statusCode === 422)).toBe(true);
  });

  it('stores argon2id hashes only, and session and key secrets only as SHA-256', async () => {
    const u = await addUser(ws, 'analyst');
    const b = await signIn(api.app, u);
    const row = await db()
      .store.db.selectFrom('users')
      .select('password_hash')
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(check(row.password_hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$'))).toBe(true);
    expect(row.password_hash).not.toContain(u.password);
    const [wsId, secret] = b.cookie.split('.');
    expect(wsId).toBe(ws.id);
    // ≥ 128 bits: base64url of 24 random bytes is 32 characters (192 bits).
    expect(check((secret ?? '').length >= 22 && /^[\w-]+$/.test(secret ?? ''))).toBe(true);
    const dump = JSON.stringify(await db().store.db.selectFrom('sessions').selectAll().execute());
    expect(check(!dump.includes(secret ?? '<none>') && !dump.includes(b.csrf))).toBe(true);
    const created = await ws.json<{ key: string }>('POST', '/api/v1/keys', {
      name: 'k',
      role: 'agent',
    });
    const keys = JSON.stringify(await db().store.db.selectFrom('api_keys').selectAll().execute());
    expect(check(!keys.includes(created.key.split('.')[2] ?? '<none>'))).toBe(true);
    const listed = await ws.call('GET', '/api/v1/keys');
    expect(check(!listed.body.includes(created.key))).toBe(true);
  });

  it('sets HttpOnly SameSite=Strict cookies, Secure when PUBLIC_URL is https', async () => {
    const u = await addUser(ws, 'agent');
    const res = await login(u.email, u.password);
    const cookies = res.cookies as Array<{
      name: string;
      httpOnly?: boolean;
      sameSite?: string;
      secure?: boolean;
      path?: string;
    }>;
    const session = cookies.find((c) => c.name === 'rapport_session');
    expect(
      check(Boolean(session?.httpOnly) && session?.sameSite === 'Strict' && session.path === '/'),
    ).toBe(true);
    expect(session?.secure).toBeFalsy();
    const https = await testApi(db().store, {
      clock,
      ids: idsFor(clock),
      env: { PUBLIC_URL: 'https://cx.example.com' },
    });
    try {
      const r2 = await https.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: u.email, password: u.password },
      });
      for (const c of r2.cookies as Array<{ name: string; secure?: boolean; sameSite?: string }>)
        expect(check(Boolean(c.secure) && c.sameSite === 'Strict'), c.name).toBe(true);
    } finally {
      await https.close();
    }
  });

  it('refuses cookie-authenticated changes without the CSRF token, and audits the refusal', async () => {
    const u = await addUser(ws, 'agent');
    const b = await signIn(api.app, u);
    const body = { name: 'CSRF test' };
    expect(
      check((await b.call('POST', '/api/v1/customers', body, { csrf: false })).statusCode === 403),
    ).toBe(true);
    expect(
      check(
        (await b.call('POST', '/api/v1/customers', body, { csrf: 'forged' })).statusCode === 403,
      ),
    ).toBe(true);
    const other = await signIn(api.app, await addUser(ws, 'agent'));
    expect(
      check(
        (await b.call('POST', '/api/v1/customers', body, { csrf: other.csrf })).statusCode === 403,
      ),
    ).toBe(true);
    expect(
      check(
        (await b.call('GET', '/api/v1/customers', undefined, { csrf: false })).statusCode === 200,
      ),
    ).toBe(true);
    expect(check((await b.call('POST', '/api/v1/customers', body)).statusCode === 201)).toBe(true);
    const audit = await ws.json<{
      items: Array<{ action: string; actorId: string; outcome: string }>;
    }>('GET', `/api/v1/audit?action=access.denied&actorId=${u.id}`);
    expect(
      check(audit.items.length === 3 && audit.items.every((e) => e.outcome === 'denied')),
    ).toBe(true);
  });

  it('ends the session on sign-out', async () => {
    const b = await signIn(api.app, await addUser(ws, 'manager'));
    expect((await b.call('GET', '/api/v1/me')).statusCode).toBe(200);
    const out = await b.call('POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(check((await b.call('GET', '/api/v1/me')).statusCode === 401)).toBe(true);
  });

  it('ends every session of a disabled user and refuses their sign-in', async () => {
    const u = await addUser(ws, 'agent');
    const b1 = await signIn(api.app, u);
    const b2 = await signIn(api.app, u);
    const res = await ws.call('PATCH', `/api/v1/users/${u.id}`, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ disabledAt: string | null }>().disabledAt).not.toBeNull();
    for (const b of [b1, b2])
      expect(check((await b.call('GET', '/api/v1/me')).statusCode === 401)).toBe(true);
    expect(check((await login(u.email, u.password, '10.0.0.2')).statusCode === 401)).toBe(true);
    await ws.call('PATCH', `/api/v1/users/${u.id}`, { disabled: false });
    expect(check((await login(u.email, u.password, '10.0.0.2')).statusCode === 200)).toBe(true);
  });

  it('ends every session when a user changes their password, and keeps the new one signed in', async () => {
    const u = await addUser(ws, 'analyst');
    const elsewhere = await signIn(api.app, u);
    const here = await signIn(api.app, u);
    const wrong = await here.call('POST', '/api/v1/me/password', {
      currentPassword: 'not it at all',
      newPassword: 'A brand new passphrase 42',
    });
    expect(check(wrong.statusCode === 422)).toBe(true);
    const common = await here.call('POST', '/api/v1/me/password', {
      currentPassword: u.password,
      newPassword: 'superman',
    });
    expect(check(common.statusCode === 422)).toBe(true);
    const res = await here.call('POST', '/api/v1/me/password', {
      currentPassword: u.password,
      newPassword: 'A brand new passphrase 42',
    });
    expect(res.statusCode).toBe(200);
    expect(check((await elsewhere.call('GET', '/api/v1/me')).statusCode === 401)).toBe(true);
    expect(check((await here.call('GET', '/api/v1/me')).statusCode === 401)).toBe(true);
    const renewed = browserFor(api.app, { ...u, password: 'A brand new passphrase 42' }, res);
    expect(check((await renewed.call('GET', '/api/v1/me')).statusCode === 200)).toBe(true);
    expect(check((await login(u.email, u.password, '10.0.0.3')).statusCode === 401)).toBe(true);
    expect(
      check((await login(u.email, 'A brand new passphrase 42', '10.0.0.3')).statusCode === 200),
    ).toBe(true);
    const viaKey = await ws.call('POST', '/api/v1/me/password', {
      currentPassword: 'x',
      newPassword: 'Another passphrase 77',
    });
    expect(check(viaKey.statusCode === 403)).toBe(true);
  });

  it("ends a user's sessions when an admin resets the password or changes the role", async () => {
    const u = await addUser(ws, 'manager');
    const b = await signIn(api.app, u);
    await ws.json('PATCH', `/api/v1/users/${u.id}`, { password: 'Reset by the admin 2026' });
    expect(check((await b.call('GET', '/api/v1/me')).statusCode === 401)).toBe(true);
    const b2 = await signIn(api.app, { ...u, password: 'Reset by the admin 2026' });
    await ws.json('PATCH', `/api/v1/users/${u.id}`, { role: 'agent' });
    expect(check((await b2.call('GET', '/api/v1/me')).statusCode === 401)).toBe(true);
  });

  it('keeps one enabled admin', async () => {
    const fresh = await api.workspace('One admin');
    const admin = await addUser(fresh, 'admin');
    const res = await fresh.call('PATCH', `/api/v1/users/${admin.id}`, { disabled: true });
    expect(check(res.statusCode === 409)).toBe(true);
    const demote = await fresh.call('PATCH', `/api/v1/users/${admin.id}`, { role: 'analyst' });
    expect(check(demote.statusCode === 409)).toBe(true);
  });

  it('limits failed sign-ins with Retry-After, counted in the database for every instance', async () => {
    const u = await addUser(ws, 'agent');
    const second = await testApi(db().store, { clock, ids: idsFor(clock) });
    try {
      const ip = '10.9.9.9';
      for (let i = 0; i < 10; i++) {
        const app = i % 2 ? second.app : api.app;
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: u.email, password: `wrong ${i}` },
          remoteAddress: ip,
        });
        expect(res.statusCode).toBe(401);
      }
      // The right password is refused too while the limit holds, on either instance.
      for (const app of [api.app, second.app]) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: u.email, password: u.password },
          remoteAddress: '10.9.9.10',
        });
        expect(check(res.statusCode === 429)).toBe(true);
        expect(check(Number(res.headers['retry-after']) > 0)).toBe(true);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      const byIp = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'nobody@users.example', password: 'whatever it is' },
        remoteAddress: ip,
      });
      expect(check(byIp.statusCode === 429)).toBe(true);
      clock.advance(15 * 60_000 + 1000);
      expect(check((await login(u.email, u.password, '10.9.9.11')).statusCode === 200)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('answers an unknown e-mail exactly as a wrong password', async () => {
    const u = await addUser(ws, 'agent');
    const a = await login(u.email, 'not the password', '10.1.1.1');
    const b = await login('nobody.here@users.example', 'not the password', '10.1.1.2');
    expect(a.statusCode).toBe(401);
    expect(check(a.statusCode === b.statusCode && a.body === b.body)).toBe(true);
  });

  it('scopes API keys by role and revokes them at once', async () => {
    const agent = await ws.json<{ id: string; key: string }>('POST', '/api/v1/keys', {
      name: 'agent key',
      role: 'agent',
    });
    const as = (key: string, method: 'GET' | 'POST', url: string, body?: object) =>
      api.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${key}` },
        ...(body ? { payload: body } : {}),
      });
    expect(
      check(
        (await as(agent.key, 'POST', '/api/v1/keys', { name: 'escalate', role: 'admin' }))
          .statusCode === 403,
      ),
    ).toBe(true);
    expect(check((await as(agent.key, 'GET', '/api/v1/users')).statusCode === 403)).toBe(true);
    expect(check((await as(agent.key, 'GET', '/api/v1/audit')).statusCode === 403)).toBe(true);
    expect(check((await as(agent.key, 'GET', '/api/v1/customers')).statusCode === 200)).toBe(true);
    expect((await ws.call('DELETE', `/api/v1/keys/${agent.id}`)).statusCode).toBe(204);
    expect(check((await as(agent.key, 'GET', '/api/v1/customers')).statusCode === 401)).toBe(true);
  });

  it('keeps an audit trail of sign-ins, users and keys, readable by admins only', async () => {
    const analyst = await signIn(api.app, await addUser(ws, 'analyst'));
    expect(check((await analyst.call('GET', '/api/v1/audit')).statusCode === 403)).toBe(true);
    const log = await ws.json<{ items: Array<{ action: string; outcome: string }> }>(
      'GET',
      '/api/v1/audit?limit=500',
    );
    const seen = new Set(log.items.map((e) => `${e.action}:${e.outcome}`));
    for (const want of [
      'auth.login:ok',
      'auth.login:failed',
      'auth.login:denied',
      'auth.logout:ok',
      'auth.password_change:ok',
      'auth.password_change:failed',
      'user.create:ok',
      'user.disable:ok',
      'user.enable:ok',
      'user.update:ok',
      'key.create:ok',
      'key.revoke:ok',
      'access.denied:denied',
    ])
      expect(check(seen.has(want)), want).toBe(true);
    expect(JSON.stringify(log.items)).not.toMatch(/Horse battery|passphrase|\$argon2/);
    expect(failed).toBe(0);
  });
});
