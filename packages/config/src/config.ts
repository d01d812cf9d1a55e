import { readFileSync } from 'node:fs';
import { SETTINGS, settingsSchema, type Settings } from './settings.ts';

/** A bad setting: the message is a plain sentence naming the variable, fit to print and exit. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const envOf = new Map(SETTINGS.filter((s) => s.key !== '(file)').map((s) => [s.key, s.env]));

function readFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(
      `RAPPORT_CONFIG names ${path}, which cannot be read (${(e as Error).message}).`,
    );
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch (e) {
    throw new ConfigError(
      `The config file ${path} is not a JSON object (${(e as Error).message}).`,
    );
  }
}

/**
 * Loads and validates the settings from an environment (default: none) and the optional file
 * it names. Throws ConfigError with a sentence naming the wrong variable.
 */
export function loadSettings(env: Readonly<Record<string, string | undefined>> = {}): Settings {
  const raw: Record<string, unknown> = env.RAPPORT_CONFIG ? readFile(env.RAPPORT_CONFIG) : {};
  for (const [key, name] of envOf) {
    const v = env[name];
    if (v !== undefined && v !== '') raw[key] = v;
  }
  const unknown = Object.keys(raw).filter((k) => !envOf.has(k));
  if (unknown.length)
    throw new ConfigError(`Unknown setting ${unknown.join(', ')} in the config file.`);
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const name = envOf.get(key) ?? key;
    throw new ConfigError(
      `${name} is not valid: ${issue?.message ?? 'bad value'} (got ${JSON.stringify(raw[key])}).`,
    );
  }
  const s = parsed.data;
  const publicUrl = (s.publicUrl ?? `http://localhost:${s.port}`).replace(/\/+$/, '');
  return { ...s, publicUrl };
}

/** The database a DATABASE_URL names. */
export type DatabaseTarget =
  { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

export function databaseTarget(databaseUrl: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return { dialect: 'postgres', url: databaseUrl };
  if (/^sqlite:/i.test(databaseUrl)) {
    const path = databaseUrl.replace(/^sqlite:(\/\/)?/i, '');
    if (!path)
      throw new ConfigError(
        'DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/rapport.db.',
      );
    return { dialect: 'sqlite', path };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(databaseUrl)) {
    throw new ConfigError(
      `DATABASE_URL must be a file path, a sqlite: URL or a postgres:// URL (got ${databaseUrl}).`,
    );
  }
  return { dialect: 'sqlite', path: databaseUrl };
}
