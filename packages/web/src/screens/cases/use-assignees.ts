/**
 * Whom the signed-in user may hand a case or a thank-you task to, as the server decides it
 * (`GET /api/v1/cases/assignees`, core/auth/assignable.ts): a manager themselves and everyone
 * under them, an agent themselves and up their manager chain, an analyst or admin anyone.
 * Loaded once and shared by every choice on screen (a list of tasks has one each).
 */
import type { ApiClient, CaseAssignees } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource, type Resource } from '../../api/use-resource.ts';

/** How long an answer is reused: the org tree changes rarely, and the server checks anyway. */
const FRESH_MS = 30_000;
const cache = new WeakMap<ApiClient, { at: number; promise: Promise<CaseAssignees> }>();

function loadAssignees(api: ApiClient): Promise<CaseAssignees> {
  const hit = cache.get(api);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.promise;
  const promise = api.cases.assignees();
  promise.catch(() => cache.delete(api));
  cache.set(api, { at: Date.now(), promise });
  return promise;
}

export function useAssignees(): Resource<CaseAssignees> {
  const api = useApi();
  return useResource(() => loadAssignees(api), [api]);
}

/** The employees to offer: undefined for anyone, else the allowed ids. */
export function assigneeSet(a: CaseAssignees): ReadonlySet<string> | undefined {
  return a.anyone ? undefined : new Set(a.employeeIds);
}
