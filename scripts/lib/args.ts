/** Command-line settings of the scripts (never process.env). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The committed model artefact. */
export const MODEL_PATH = resolve(REPO_ROOT, 'packages/core/src/text/model/emotion-v1.json');

export interface ScriptArgs {
  /** The labelled data directory: ../shared/data relative to the repository by default. */
  data: string;
  flags: Map<string, string>;
}

/** Parses `--name value` and `--flag` pairs; `--data DIR` is resolved against the cwd. */
export function parseArgs(argv: readonly string[], cwd: string): ScriptArgs {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) throw new Error(`Unexpected argument "${a}".`);
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      flags.set(a.slice(2), next);
      i++;
    } else flags.set(a.slice(2), 'true');
  }
  const data = flags.get('data');
  return { data: data ? resolve(cwd, data) : resolve(REPO_ROOT, '..', 'shared', 'data'), flags };
}

export function numberFlag(args: ScriptArgs, name: string, fallback: number): number {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${name} needs a number, not "${v}".`);
  return n;
}
