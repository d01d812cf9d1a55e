import type { CliIo } from './io.ts';

/** One `rapport` subcommand. */
export interface Command {
  name: string;
  /** Full help text shown by `rapport <name> --help`. */
  usage: string;
  run(
    args: string[],
    io: CliIo,
    env: Readonly<Record<string, string | undefined>>,
  ): Promise<number>;
}

/** A mistake in how the command was called: printed as a plain sentence, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
