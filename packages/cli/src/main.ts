/**
 * `rapport` — the command line: serve, migrate, demo, analyze, and more as they land.
 * Every command honours DATABASE_URL and PORT (see docs/CONFIGURATION.md).
 */
import { ConfigError, readProcessEnv } from '@rapport/config';
import { isDomainError } from '@rapport/core';
import { UsageError, type Command } from './command.ts';
import { demoCommand } from './commands/demo.ts';
import { jobsCommand } from './commands/jobs.ts';
import { migrateCommand } from './commands/migrate.ts';
import { serveCommand } from './commands/serve.ts';
import { customerCommand } from './commands/customer.ts';
import { workerCommand } from './commands/worker.ts';
import { signalsCommand } from './commands/signals.ts';
import { importCommand } from './commands/import.ts';
import { exportCommand } from './commands/export.ts';
import { backupCommand } from './commands/backup.ts';
import { workspaceCommand } from './commands/workspace.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { processIo, type CliIo } from './io.ts';

export const COMMANDS: Command[] = [
  serveCommand,
  workerCommand,
  jobsCommand,
  migrateCommand,
  workspaceCommand,
  demoCommand,
  analyzeCommand,
  customerCommand,
  signalsCommand,
  importCommand,
  exportCommand,
  backupCommand,
];

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
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(
      `rapport: there is no command "${name}". Run \`rapport --help\` to see the commands.\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io, env);
  } catch (e) {
    if (
      e instanceof UsageError ||
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
    ) {
      io.stderr.write(
        `rapport ${name}: ${(e as Error).message}\nRun \`rapport ${name} --help\` for usage.\n`,
      );
      return 2;
    }
    if (e instanceof ConfigError || isDomainError(e)) {
      io.stderr.write(`rapport ${name}: ${e.message}\n`);
      return 1;
    }
    io.stderr.write(`rapport ${name}: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}
