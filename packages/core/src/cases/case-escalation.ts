/**
 * SLA breaches. At a case's due time its timer job runs: if the case is still active and the
 * due time is still the one the job was set for, the SLA is breached — the case escalates one
 * level up the owner's manager chain (the owner keeps it; the manager now holds it too), a new
 * due time is set from now, and the manager and the owner are told. The next breach climbs
 * one level more; at the top of the chain the top manager is reminded again.
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
  const target = chain[Math.min(c.escalationLevel, chain.length - 1)] ?? null;
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const from = c.escalatedToId ?? c.ownerId;
  const next = await saveCase(d, c, {
    escalationLevel: c.escalationLevel + 1,
    escalatedToId: target?.id ?? c.escalatedToId,
    // The breach happened at the due time, whenever the timer got to run.
    slaBreachedAt: c.slaBreachedAt ?? dueAt,
    slaDueAt: slaDueAt(c.priority, now, settings),
  });
  await scheduleSlaCheck(d, next);
  const who = target ? `${target.name}` : 'nobody above the owner';
  await recordChange(d, systemActor(ws), next, {
    kind: 'escalated',
    data: {
      level: next.escalationLevel,
      from,
      to: next.escalatedToId,
      breachedDueAt: dueAt,
      slaDueAt: next.slaDueAt,
    },
    webhook: 'case.escalated',
    notify: {
      to: [next.escalatedToId, c.ownerId],
      notice: {
        subject: `Case escalated (level ${next.escalationLevel}): ${c.reason.replace(/_/g, ' ')}`,
        text: `Case ${c.id} missed its SLA (due ${dueAt}) and is escalated to ${who}. It is now due ${next.slaDueAt}.`,
      },
    },
  });
  return { outcome: 'escalated', case: next };
}
