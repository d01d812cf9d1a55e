import { databaseTarget, loadSettings } from '@rapport/config';
import { DEFAULT_RULES, DEFAULT_SETTINGS, systemClock, systemIds } from '@rapport/core';
import { buildApp } from '@rapport/server';
import { openStore, type StoreTarget } from '@rapport/store';
import { freshTarget, testDialects } from '@rapport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../testing/memory-io.ts';

const urlOf = (t: StoreTarget): string => ('path' in t ? t.path : t.url);

interface Created {
  workspaceId: string;
  adminEmail: string;
  apiKey: string;
  password?: string;
}

for (const dialect of testDialects()) {
  describe(`rapport workspace [${dialect}]`, () => {
    let env: Record<string, string>;
    let drop: () => Promise<void> = async () => {};
    beforeAll(async () => {
      const fresh = await freshTarget(dialect);
      drop = fresh.drop;
      env = {
        DATABASE_URL: urlOf(fresh.target),
        LOG_LEVEL: 'silent',
        PUBLIC_URL: 'https://cx.example.com',
      };
    });
    afterAll(() => drop());

    const run = async (args: string[], input?: string) => {
      const io = memoryIo({ input });
      const code = await main(['workspace', ...args], io, env);
      return { code, out: io.out(), err: io.err() };
    };

    const workspaceCount = async () => {
      const store = await openStore(storeTarget(env));
      try {
        return (await store.read((r) => r.workspaces.list())).length;
      } finally {
        await store.close();
      }
    };

    /** The real app on the same database: sign in, then list customers with the key. */
    const checkAccess = async (c: Created, password: string) => {
      const store = await openStore(storeTarget(env));
      const settings = loadSettings({ ...env, WEB_DIST: '/nonexistent' });
      const app = await buildApp({
        store,
        settings,
        clock: systemClock,
        ids: systemIds(),
        logger: false,
      });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: c.adminEmail, password },
        });
        expect(login.statusCode, login.body).toBe(200);
        expect(login.json()).toMatchObject({
          email: c.adminEmail,
          role: 'admin',
          workspaceId: c.workspaceId,
        });
        const wrong = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: c.adminEmail, password: `${password}x` },
        });
        expect(wrong.statusCode).toBe(401);
        const customers = await app.inject({
          method: 'GET',
          url: '/api/v1/customers',
          headers: { authorization: `Bearer ${c.apiKey}` },
        });
        expect(customers.statusCode, customers.body).toBe(200);
        expect((customers.json() as { items: unknown[] }).items).toEqual([]);
        const audit = await store.read((r) =>
          r.audit.list(c.workspaceId, { actorId: 'cli' }, { limit: 10 }),
        );
        expect(audit.items.map((e) => e.action).sort()).toEqual([
          'key.create',
          'user.create',
          'workspace.create',
        ]);
        const ws = await store.read((r) => r.workspaces.get(c.workspaceId));
        // The same settings and rules as every new workspace.
        expect(ws?.settings).toEqual(DEFAULT_SETTINGS);
        const rules = await store.read((r) => r.rules.list(c.workspaceId, {}));
        expect(rules).toHaveLength(DEFAULT_RULES.length);
      } finally {
        await app.close();
        await store.close();
      }
    };

    it('creates a workspace whose admin signs in with the password from stdin; --json shape', async () => {
      const password = 'tangerine-orbit-window-42';
      const r = await run(
        [
          'create',
          '--name',
          'Acme',
          '--admin-email',
          'Ops@Acme.example',
          '--admin-name',
          'Olga Ops',
          '--password-stdin',
          '--json',
        ],
        `${password}\n`,
      );
      expect(r.code, r.err).toBe(0);
      const c = JSON.parse(r.out.trim()) as Created;
      expect(Object.keys(c).sort()).toEqual(['adminEmail', 'apiKey', 'workspaceId']);
      expect(c.adminEmail).toBe('ops@acme.example');
      expect(c.apiKey.startsWith(`rk.${c.workspaceId}.`)).toBe(true);
      await checkAccess(c, password);
    }, 60_000);

    it('generates a strong password when none is given and prints it once with the sign-in URL', async () => {
      const r = await run(['create', '--name', 'Beta', '--admin-email', 'admin@beta.example']);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('Sign in at:  https://cx.example.com/sign-in');
      expect(r.out).toContain('E-mail:      admin@beta.example');
      const password = /Password: +(\S+)/.exec(r.out)?.[1] ?? '';
      const apiKey = /API key: +(\S+)/.exec(r.out)?.[1] ?? '';
      const workspaceId = /\((ws_\w+)\)/.exec(r.out)?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(20);
      await checkAccess({ workspaceId, apiKey, adminEmail: 'admin@beta.example' }, password);

      const json = await run([
        'create',
        '--name',
        'Gamma',
        '--admin-email',
        'g@gamma.example',
        '--json',
      ]);
      expect(json.code, json.err).toBe(0);
      const c = JSON.parse(json.out.trim()) as Created;
      expect(Object.keys(c).sort()).toEqual(['adminEmail', 'apiKey', 'password', 'workspaceId']);
      expect(c.password).toMatch(/^[\w-]{24}$/);
    }, 60_000);

    it('refuses bad input with a sentence naming the option, exit code 2, and creates nothing', async () => {
      const before = await workspaceCount();
      const cases: [string[], string | undefined, RegExp][] = [
        [['create', '--admin-email', 'a@x.example'], undefined, /--name is required/],
        [['create', '--name', '  ', '--admin-email', 'a@x.example'], undefined, /--name must/],
        [['create', '--name', 'X'], undefined, /--admin-email is required/],
        [
          ['create', '--name', 'X', '--admin-email', 'not-an-email'],
          undefined,
          /--admin-email: "not-an-email" is not a valid e-mail address/,
        ],
        [
          ['create', '--name', 'X', '--admin-email', 'a@x.example', '--password-stdin'],
          'password1\n',
          /--password-stdin: .*commonly used passwords/,
        ],
        [
          ['create', '--name', 'X', '--admin-email', 'a@x.example', '--password-stdin'],
          'short\n',
          /--password-stdin: .*at least 8 characters/,
        ],
        [
          ['create', '--name', 'X', '--admin-email', 'alice@x.example', '--password-stdin'],
          'alice2024\n',
          /--password-stdin: .*must not be your e-mail/,
        ],
        [
          ['create', '--name', 'X', '--admin-email', 'a@x.example', '--password-stdin'],
          '',
          /--password-stdin: standard input held no password/,
        ],
        [['create', '--name', 'X', '--admin-email', 'a@x.example', '--bogus'], undefined, /bogus/],
        [['list', '--name', 'X'], undefined, /--name belongs to "create"/],
        [[], undefined, /create or list/],
      ];
      for (const [args, input, message] of cases) {
        const r = await run(args, input);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.err).toMatch(message);
        expect(r.err).toContain('rapport workspace --help');
        expect(r.out).toBe('');
      }
      expect(await workspaceCount()).toBe(before);
    }, 60_000);

    it('lists the workspaces with their user counts', async () => {
      const r = await run(['list']);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/^ID +NAME +CREATED +USERS\n/);
      expect(r.out).toMatch(/ws_\w+ +Acme +\d{4}-\d\d-\d\dT\S+ +1\n/);
      const json = await run(['list', '--json']);
      const rows = JSON.parse(json.out) as { name: string; users: number; createdAt: string }[];
      expect(rows.map((w) => `${w.name}:${w.users}`).sort()).toEqual([
        'Acme:1',
        'Beta:1',
        'Gamma:1',
      ]);
    }, 60_000);

    it('explains itself with --help', async () => {
      const r = await run(['--help']);
      expect(r.code).toBe(0);
      for (const o of ['--name', '--admin-email', '--admin-name', '--password-stdin', '--json'])
        expect(r.out).toContain(o);
    });
  });
}

function storeTarget(env: Record<string, string>): StoreTarget {
  return databaseTarget(env.DATABASE_URL ?? '');
}
