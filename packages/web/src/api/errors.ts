import { ApiError, isApiError } from '@rapport/contracts';

/** Any thrown value as an ApiError, so every screen shows failures the same way. */
export function asApiError(e: unknown): ApiError {
  if (isApiError(e)) return e;
  const detail = e instanceof Error ? e.message : 'Something went wrong.';
  return new ApiError(0, { code: 'client', title: 'Something went wrong', detail });
}

export const isAbort = (e: unknown): boolean =>
  e instanceof DOMException
    ? e.name === 'AbortError'
    : e instanceof Error && e.name === 'AbortError';
