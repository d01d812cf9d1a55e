/**
 * The one error type of Rapport. Every failure a caller should see carries a stable `code`;
 * the server maps codes to HTTP statuses in one place (server/src/plugins/errors.ts), the CLI
 * prints `message` as a plain sentence.
 */
export type ErrorCode =
  | 'validation' // the input is malformed or breaks a domain rule; `field` names the culprit
  | 'not_found' // no such row in this workspace (a foreign id answers exactly the same)
  | 'conflict' // the row exists already or was changed meanwhile
  | 'unauthenticated' // no or bad credentials
  | 'forbidden' // authenticated, but the role may not do this
  | 'idempotency_mismatch' // an Idempotency-Key reused with a different request
  | 'rate_limited'
  | 'payload_too_large'
  | 'gone' // a single-use token already used or expired
  | 'unavailable' // a dependency (database) is down
  | 'unknown_parameter'; // a query parameter the route does not declare; `field` names it

export interface FieldIssue {
  field: string;
  message: string;
  /** The values the field may take, when the caller must choose one (value and its name). */
  choices?: Array<{ value: string; label: string }>;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly issues: FieldIssue[];
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    opts: {
      field?: string;
      issues?: FieldIssue[];
      retryAfterSeconds?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'DomainError';
    this.code = code;
    this.field = opts.field;
    this.issues = opts.issues ?? (opts.field ? [{ field: opts.field, message }] : []);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError('not_found', `No ${what} with id ${id} in this workspace.`);

export const invalid = (field: string, message: string): DomainError =>
  new DomainError('validation', message, { field });

export const forbidden = (message = 'Your role does not allow this.'): DomainError =>
  new DomainError('forbidden', message);

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** Runs fn; a validation error from it gets `prefix.` before its field names (nested input). */
export function withFieldPrefix<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DomainError && e.code === 'validation') {
      const issues = e.issues.map((i) => ({
        ...i,
        field: i.field ? `${prefix}.${i.field}` : prefix,
      }));
      const field = e.field ? `${prefix}.${e.field}` : prefix;
      throw new DomainError('validation', e.message, { field, issues, cause: e });
    }
    throw e;
  }
}
