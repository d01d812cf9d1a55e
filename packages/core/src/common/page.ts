/** A page of a cursor-paginated list. `nextCursor` is opaque to callers; null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export const MAX_PAGE = 500;
