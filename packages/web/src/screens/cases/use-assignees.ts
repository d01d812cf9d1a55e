/**
 * Whom the signed-in user may hand a case or a thank-you task to, as the server decides it
 * (`GET /api/v1/cases/assignees`, core/auth/assignable.ts): a manager themselves and everyone
 * under them, an agent themselves and up their manager chain, an analyst or admin anyone.
 */
import type { CaseAssignees } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource, type Resource } from '../../api/use-resource.ts';

export function useAssignees(): Resource<CaseAssignees> {
  const api = useApi();
  return useResource((signal) => api.cases.assignees({ signal }), [api]);
}

/** The employees to offer: undefined for anyone, else the allowed ids. */
export function assigneeSet(a: CaseAssignees): ReadonlySet<string> | undefined {
  return a.anyone ? undefined : new Set(a.employeeIds);
}
