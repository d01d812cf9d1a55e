/**
 * What the worker logs through: the subset of pino it uses, so the server's logger fits and
 * tests can pass a silent one.
 */
export interface WorkerLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  /** A logger whose every line carries these fields (pino's child loggers). */
  child?(bindings: Record<string, unknown>): WorkerLogger;
}

/** The logger of one job run: its lines carry the job's id, name and workspace. */
export function jobLogger(
  logger: WorkerLogger,
  job: { id: string; name: string; workspaceId: string },
): WorkerLogger {
  return (
    logger.child?.({ jobId: job.id, jobName: job.name, workspaceId: job.workspaceId }) ?? logger
  );
}

const nothing = (): void => undefined;

export const silentLogger: WorkerLogger = {
  debug: nothing,
  info: nothing,
  warn: nothing,
  error: nothing,
};
