/**
 * What the worker logs through: the subset of pino it uses, so the server's logger fits and
 * tests can pass a silent one.
 */
export interface WorkerLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const nothing = (): void => undefined;

export const silentLogger: WorkerLogger = {
  debug: nothing,
  info: nothing,
  warn: nothing,
  error: nothing,
};
