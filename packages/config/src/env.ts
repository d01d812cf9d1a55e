/**
 * The only place in Rapport that reads `process.env` (lint enforces it). Everything else
 * receives settings as values, so tests pass their own.
 */
export function readProcessEnv(): Readonly<Record<string, string | undefined>> {
  return { ...process.env };
}
