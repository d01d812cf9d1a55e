/**
 * SLA breaches. At a case's due time its timer job runs: if the case is still active and the
 * due time is still the one the job was set for, the SLA is breached — the case escalates one
 * level up the owner's manager chain (the owner keeps it; the manager now holds it too), a new
 * due time is set from now, and the manager and the owner are told. The next breach climbs
 * one level more; at the top of the chain the level stays, and each breach reminds the top
 * manager and the owner (the event says `reminder: true`).
 */
import { systemActor } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { chainOf } from '../employees/employee.service.ts';
import { systemCtx } from '../auth/actor.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { isActive, type Case } from './case.ts';
import { recordChange, saveCase } from './case-effects.ts';
import { scheduleSlaCheck } from './case-open.ts';
import { slaDueAt } from './sla.ts';

export type SlaCheckOutcome = 'escalated' | 'not_due' | 'stale';

export async function checkSla(
  d: Deps,
  ws: string,
  caseId: string,
  dueAt: string,
): Promise<{ outcome: SlaCheckOutcome; case?: Case }> {
  const c = await d.r.cases.get(ws, caseId);
  // Closed, resolved, or its due time moved: this timer is out of date.
  if (!c || !isActive(c.status) || c.slaDueAt !== dueAt) return { outcome: 'stale' };
  const now = d.clock.now().toISOString();
  if (now < dueAt) return { outcome: 'not_due' };
  const chain = c.ownerId ? await chainOf(d, systemCtx(ws), c.ownerId).catch(() => []) : [];
  // The top of the chain is as high as a case climbs (level 1 when nobody is above the owner):
  // a breach there reminds the one holding it, at the same level.
  const top = Math.max(1, chain.length);
  const reminder = c.escalationLevel >= top;
  const level = Math.min(c.escalationLevel + 1, top);
  const target = chain[level - 1] ?? null;
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const from = c.escalatedToId ?? c.ownerId;
  const next = await saveCase(d, c, {
    escalationLevel: level,
    escalatedToId: target?.id ?? c.escalatedToId,
    // The breach happened at the due time, whenever the timer got to run.
    slaBreachedAt: c.slaBreachedAt ?? dueAt,
    slaDueAt: slaDueAt(c.priority, now, settings),
  });
  await scheduleSlaCheck(d, next);
  const who = target ? `${target.name}` : 'nobody above the owner';
  const reason = c.reason.replace(/_/g, ' ');
  await recordChange(d, systemActor(ws), next, {
    kind: 'escalated',
    data: {
      level: next.escalationLevel,
      from,
      to: next.escalatedToId,
      breachedDueAt: dueAt,
      slaDueAt: next.slaDueAt,
      ...(reminder ? { reminder: true } : {}),
    },
    webhook: 'case.escalated',
    notify: {
      to: [next.escalatedToId, c.ownerId],
      notice: reminder
        ? {
            subject: `Case still overdue (reminder, level ${next.escalationLevel}): ${reason}`,
            text: `Case ${c.id} missed its SLA again (due ${dueAt}); it is with ${who}, the top of the owner's chain. It is now due ${next.slaDueAt}.`,
          }
        : {
            subject: `Case escalated (level ${next.escalationLevel}): ${reason}`,
            text: `Case ${c.id} missed its SLA (due ${dueAt}) and is escalated to ${who}. It is now due ${next.slaDueAt}.`,
          },
    },
  });
  return { outcome: 'escalated', case: next };
}
