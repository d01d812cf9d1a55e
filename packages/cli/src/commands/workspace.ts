import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { databaseTarget, loadSettings } from '@rapport/config';
import { userInput } from '@rapport/contracts';
import {
  isDomainError,
  recordAudit,
  systemClock,
  systemCtx,
  systemIds,
  type Ctx,
} from '@rapport/core';
import {
  checkPasswordPolicy,
  createApiKey,
  createWorkspace,
  hashPassword,
  insertUser,
  PASSWORD_MAX,
  PASSWORD_MIN,
} from '@rapport/server';
import { openStore } from '@rapport/store';
import { UsageError, type Command } from '../command.ts';
import type { CliIo } from '../io.ts';

const NAME_MAX = 200;

/** The system actor, named `cli` in the audit log (as `rapport customer` does). */
function cliCtx(workspaceId: string): Ctx {
  const ctx = systemCtx(workspaceId);
  return { ...ctx, actor: { ...ctx.actor, id: 'cli' } };
}

/** Everything standard input holds, less one trailing line break. */
async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin)
    text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  return text.replace(/\r?\n$/, '');
}

/** 24 characters from 144 random bits: far past the policy, and safe to paste. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

function checkName(option: string, raw: string | undefined): string {
  if (raw === undefined) throw new UsageError(`${option} is required.`);
  const name = raw.trim();
  if (!name) throw new UsageError(`${option} must not be empty.`);
  if ([...name].length > NAME_MAX)
    throw new UsageError(`${option} may have at most ${NAME_MAX} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name))
    throw new UsageError(`${option} must not hold control characters or line breaks.`);
  return name;
}

interface Created {
  workspaceId: string;
  adminEmail: string;
  apiKey: string;
  password?: string;
}

async function create(
  values: {
    name?: string | undefined;
    'admin-email'?: string | undefined;
    'admin-name'?: string | undefined;
    'password-stdin'?: boolean | undefined;
    json?: boolean | undefined;
  },
  io: CliIo,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  // Everything is checked before the database is opened: bad input creates nothing.
  const name = checkName('--name', values.name);
  const rawEmail = values['admin-email'];
  if (rawEmail === undefined) throw new UsageError('--admin-email is required.');
  const email = userInput.shape.email.safeParse(rawEmail.trim());
  if (!email.success)
    throw new UsageError(`--admin-email: "${rawEmail}" is not a valid e-mail address.`);
  const adminEmail = email.data.toLowerCase();
  const adminName =
    values['admin-name'] === undefined ? 'Admin' : checkName('--admin-name', values['admin-name']);
  const generated = !values['password-stdin'];
  const password = generated ? generatePassword() : await readStdin(io.stdin);
  if (!generated && !password)
    throw new UsageError('--password-stdin: standard input held no password.');
  try {
    checkPasswordPolicy(password, 'password', { email: adminEmail, name: adminName });
  } catch (e) {
    if (isDomainError(e))
      throw new UsageError(`--password-stdin: the password is refused. ${e.message}`);
    throw e;
  }
  const settings = loadSettings(env);
  // argon2id takes tens of milliseconds: hash before the write transaction, as the API does.
  const passwordHash = await hashPassword(password);
  const store = await openStore(databaseTarget(settings.databaseUrl));
  const deps = { clock: systemClock, ids: systemIds() };
  let out: Created;
  try {
    // One transaction: the workspace (default settings and rules), its admin, its key.
    out = await store.write(async (r) => {
      const d = { ...deps, r };
      const workspace = await createWorkspace(d, name);
      const ctx = cliCtx(workspace.id);
      await recordAudit(d, ctx, {
        action: 'workspace.create',
        targetType: 'workspace',
        targetId: workspace.id,
      });
      const user = await insertUser(d, ctx, {
        email: adminEmail,
        name: adminName,
        role: 'admin',
        passwordHash,
      });
      const { secret } = await createApiKey(d, ctx, { name: 'Initial admin key', role: 'admin' });
      return { workspaceId: workspace.id, adminEmail: user.email, apiKey: secret };
    });
  } finally {
    await store.close();
  }
  if (generated) out.password = password;
  if (values.json) {
    io.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  }
  const base = settings.publicUrl.replace(/\/+$/, '');
  io.stdout.write(
    [
      `Created workspace "${name}" (${out.workspaceId}) with its admin and an admin API key.`,
      '',
      `  Sign in at:  ${base}/sign-in`,
      `  E-mail:      ${out.adminEmail}`,
      ...(generated ? [`  Password:    ${password}`] : []),
      `  API key:     ${out.apiKey}`,
      '',
      generated
        ? 'The password and the API key are shown only this once: store them now.'
        : 'The API key is shown only this once: store it now.',
      '',
    ].join('\n'),
  );
  return 0;
}

async function list(
  json: boolean,
  io: CliIo,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  const settings = loadSettings(env);
  const store = await openStore(databaseTarget(settings.databaseUrl));
  try {
    const rows = await store.read(async (r) =>
      Promise.all(
        (await r.workspaces.list()).map(async (w) => ({
          id: w.id,
          name: w.name,
          createdAt: w.createdAt,
          users: (await r.users.list(w.id)).length,
        })),
      ),
    );
    if (json) {
      io.stdout.write(`${JSON.stringify(rows)}\n`);
      return 0;
    }
    if (!rows.length) {
      io.stdout.write('No workspaces yet. Create one with `rapport workspace create`.\n');
      return 0;
    }
    const table = [
      ['ID', 'NAME', 'CREATED', 'USERS'],
      ...rows.map((w) => [w.id, w.name, w.createdAt, String(w.users)]),
    ];
    const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
    for (const row of table)
      io.stdout.write(
        `${row
          .map((c, i) => c.padEnd(widths[i]!))
          .join('  ')
          .trimEnd()}\n`,
      );
    return 0;
  } finally {
    await store.close();
  }
}

export const workspaceCommand: Command = {
  name: 'workspace',
  usage: `Usage: rapport workspace create --name NAME --admin-email EMAIL [--admin-name NAME]
                                [--password-stdin] [--json]
       rapport workspace list [--json]

create  Creates an empty workspace with the settings every new workspace gets (journey stages,
        closed-loop defaults, anonymity threshold, the default rules), its first admin user
        and an admin API key, in one transaction: if anything is wrong, nothing is created.
        Prints the sign-in address (from PUBLIC_URL), the e-mail, the password when it was
        generated, and the API key. The password and key are shown once; store them now.
        The audit log records the workspace, user and key as created by system "cli".
list    Prints each workspace's id, name, creation time and number of users.

The database is the one DATABASE_URL names (default ./data/rapport.db).

Options:
  --name NAME          The workspace's name (required)
  --admin-email EMAIL  The first admin's e-mail address, used to sign in (required)
  --admin-name NAME    The first admin's name (default "Admin")
  --password-stdin     Read the admin's password from standard input (one line) instead of
                       generating one; it must pass the sign-in password policy (${PASSWORD_MIN} to ${PASSWORD_MAX}
                       characters, not a commonly used password, not the e-mail or name)
  --json               create: print one JSON object {"workspaceId", "adminEmail", "apiKey"}
                       and "password" when generated; list: a JSON array

Examples:
  rapport workspace create --name "Acme" --admin-email ops@acme.example
  printf '%s\\n' "$PASSWORD" | rapport workspace create --name Acme --admin-email ops@acme.example --password-stdin`,
  async run(args, io, env) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    const [action, ...extra] = positionals;
    if (action !== 'create' && action !== 'list')
      throw new UsageError('Say what to do: create or list.');
    if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}" after "${action}".`);
    if (action === 'list') {
      const given = (['name', 'admin-email', 'admin-name', 'password-stdin'] as const).find(
        (o) => values[o] !== undefined && values[o] !== false,
      );
      if (given) throw new UsageError(`--${given} belongs to "create", not "list".`);
      return list(values.json, io, env);
    }
    return create(values, io, env);
  },
};
