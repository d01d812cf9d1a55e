/**
 * `rapport` — the command line: serve, migrate, demo, analyze, and more as they land.
 * Every command honours DATABASE_URL and PORT (see docs/CONFIGURATION.md).
 */
import { ConfigError, readProcessEnv } from '@rapport/config';
import { UsageError } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { processIo, type CliIo } from './io.ts';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: rapport <command> [options]',
    '',
    'Rapport — open-source customer experience management.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `rapport <command> --help` for a command's options.",
    'Settings come from environment variables (DATABASE_URL, PORT, …): see docs/CONFIGURATION.md.',
  ].join('\n');
}

/**
 * `--limit -1` as `--limit=-1`: Node's parser reads a value starting with "-" as a missing
 * value ("argument is ambiguous"); no option of rapport is a digit, so a negative number after
 * a long option is that option's value, and the command's own check says what it accepts.
 */
export function joinNegativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const next = args[i + 1];
    if (a === '--') return [...out, ...args.slice(i)];
    if (/^--[^=]+$/.test(a) && next !== undefined && /^-(\d+\.?\d*|\.\d+)$/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Node's "argument is ambiguous" (a value starting with "-") as a plain sentence. */
function usageMessage(e: Error, args: readonly string[]): string {
  const m = /^Option '(-[^' ]+)[^']*' argument is ambiguous/.exec(e.message);
  if (!m) return e.message;
  const option = m[1] as string;
  const value = args[args.indexOf(option) + 1] ?? '';
  return `${option} needs a value, and "${value}" reads as another option; if "${value}" is the value, write ${option}=${value}.`;
}

export async function main(
  argv: string[],
  io: CliIo = processIo(),
  env = readProcessEnv(),
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${overview()}\n`);
    return name ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(
      `rapport: there is no command "${name}". Run \`rapport --help\` to see the commands.\n`,
    );
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(joinNegativeValues(rest), io, env);
  } catch (e) {
    if (
      e instanceof UsageError ||
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
    ) {
      io.stderr.write(
        `rapport ${name}: ${usageMessage(e as Error, rest)}\nRun \`rapport ${name} --help\` for usage.\n`,
      );
      return 2;
    }
    const { isDomainError } = await import('@rapport/core');
    if (e instanceof ConfigError || isDomainError(e)) {
      io.stderr.write(`rapport ${name}: ${e.message}\n`);
      return 1;
    }
    io.stderr.write(`rapport ${name}: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}
