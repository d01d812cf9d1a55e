/**
 * Finds the employees a compliment is about: those named in its text or by their job among
 * the people who served the customer in the last 30 days; failing that, the employees of the
 * interaction it came from.
 */
import { addMs, DAY_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import type { Employee } from '../employees/employee.ts';
import type { Interaction } from '../interactions/interaction.ts';
import { matchNames, matchTitles, nameCandidates } from './name-match.ts';

export interface SubjectQuery {
  texts: string[];
  /** Words the text analysis found behind praise (often names). */
  triggers: string[];
  customerId: string | null;
  interaction: Interaction | null;
}

const RECENT_DAYS = 30;

async function servedRecently(d: Deps, ws: string, q: SubjectQuery): Promise<Employee[]> {
  const ids = new Set(q.interaction?.employeeIds ?? []);
  if (q.customerId) {
    const from = addMs(d.clock.now().toISOString(), -RECENT_DAYS * DAY_MS);
    const page = await d.r.interactions.list(
      ws,
      { customerId: q.customerId, from },
      { limit: 100 },
    );
    for (const i of page.items) for (const id of i.employeeIds) ids.add(id);
  }
  return ids.size ? d.r.employees.getMany(ws, [...ids]) : [];
}

export async function praiseSubjects(d: Deps, ws: string, q: SubjectQuery): Promise<string[]> {
  const served = await servedRecently(d, ws, q);
  const recent = new Set(served.map((e) => e.id));
  const candidates = nameCandidates(q.texts, q.triggers);
  const found = new Map<string, Employee>();
  for (const name of candidates) {
    const page = await d.r.employees.list(ws, { q: name }, { limit: 50 });
    for (const e of page.items) found.set(e.id, e);
  }
  const named = matchNames(q.texts, candidates, [...found.values()], recent);
  const byTitle = matchTitles(q.texts, served);
  const subjects = [...new Set([...named, ...byTitle])];
  if (subjects.length) return subjects;
  return [...new Set(q.interaction?.employeeIds ?? [])];
}
