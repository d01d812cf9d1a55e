/**
 * The case lifecycle: open → in_progress → waiting_on_customer → resolved → closed. Work may
 * move back and forth between in_progress and waiting_on_customer, a resolved case may be
 * reopened, and a case may be closed from any active status. Closed is final.
 */
import { DomainError } from '../errors/domain-error.ts';
import type { CaseStatus } from './case.ts';

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['in_progress', 'waiting_on_customer', 'resolved', 'closed'],
  in_progress: ['waiting_on_customer', 'resolved', 'closed'],
  waiting_on_customer: ['in_progress', 'resolved', 'closed'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

const CLOSED_IS_FINAL = 'The case is closed; open a new case instead.';

/** Throws a `conflict` naming the allowed moves unless `from → to` is one. */
export function checkMove(from: CaseStatus, to: CaseStatus): void {
  if (from === to) return;
  if (!canMove(from, to)) {
    const allowed = NEXT[from];
    throw new DomainError(
      'conflict',
      from === 'closed'
        ? CLOSED_IS_FINAL
        : `A case cannot go from ${from} to ${to}; from ${from} it may go to ${allowed.join(', ')}.`,
      { field: 'status' },
    );
  }
}

/** Throws a `conflict` for a closed case: closed is final, nothing of it changes. */
export function checkNotClosed(status: CaseStatus): void {
  if (status === 'closed') throw new DomainError('conflict', CLOSED_IS_FINAL, { field: 'status' });
}
