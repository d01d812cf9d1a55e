/**
 * What the story files share: a moment of the demo's timeline (a fixed clock at a day and time
 * relative to the day the demo's history ends on), and the company's ordinary services called at
 * that moment — so each story's rows are made exactly as a user's would be, at the time the
 * story says.
 */
import {
  createCustomer,
  createEmployee,
  createInteraction,
  DAY_MS,
  systemCtx,
  type Ctx,
  type CustomerInput,
  type Deps,
  type EmployeeInput,
  type Ids,
  type InteractionInput,
  type MessageInput,
  type Role,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { clockAt } from '../clock-at.ts';
import type { Company, DemoTeam } from '../company.ts';

export interface StoryWorld {
  store: Store;
  ids: Ids;
  ws: string;
  company: Company;
  /** Midnight (UTC) of the day the demo's history ends on. */
  until: number;
  /** Runs the jobs due at `t` (the worker reads, routes, opens cases) with its clock at `t`. */
  settle(t: number): Promise<void>;
}

/** `days` before the demo's last day, at hh:mm UTC. */
export const momentOf = (w: StoryWorld, days: number, hh: number, mm = 0): number =>
  w.until - days * DAY_MS + (hh * 60 + mm) * 60_000;

export const iso = (t: number): string => new Date(t).toISOString();

/** Runs `work` in one transaction with the clock fixed at `t`. */
export function at<T>(w: StoryWorld, t: number, work: (d: Deps) => Promise<T>): Promise<T> {
  return w.store.write((r) => work({ r, clock: clockAt(t), ids: w.ids }));
}

export const ctxOf = (w: StoryWorld) => systemCtx(w.ws);

/** An employee acting in their own name, as when signed in (what they log is theirs). */
export const asEmployee = (w: StoryWorld, employeeId: string, role: Role = 'manager'): Ctx => ({
  workspaceId: w.ws,
  actor: { kind: 'user', id: `demo-${employeeId}`, role, workspaceId: w.ws, employeeId },
});

export function teamNamed(w: StoryWorld, prefix: string): DemoTeam {
  const t = w.company.teams.find((x) => x.plan.name.startsWith(prefix));
  if (!t) throw new Error(`The demo company has no team "${prefix}…".`);
  return t;
}

const emailOf = (name: string) =>
  `${name
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/\.$/, '')}@company.example`;

/** An employee of the story, in a transaction of `at` (a story hires its people at once). */
export const hire = (d: Deps, w: StoryWorld, input: EmployeeInput) =>
  createEmployee(d, ctxOf(w), { email: emailOf(input.name), ...input });

export const newCustomer = (d: Deps, w: StoryWorld, input: CustomerInput) =>
  createCustomer(d, ctxOf(w), input);

/** A touchpoint at `t`; transcript lines one minute apart unless they say when. */
export async function touch(
  w: StoryWorld,
  t: number,
  input: Omit<InteractionInput, 'occurredAt' | 'transcript'> & {
    transcript?: ReadonlyArray<Omit<MessageInput, 'at'>>;
  },
): Promise<string> {
  const { transcript, ...rest } = input;
  const i = await at(w, t, (d) =>
    createInteraction(d, ctxOf(w), {
      ...rest,
      occurredAt: iso(t),
      ...(transcript
        ? { transcript: transcript.map((m, k) => ({ ...m, at: iso(t + k * 60_000) })) }
        : {}),
    }),
  );
  return i.id;
}
