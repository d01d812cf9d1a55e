/**
 * What every change to a case does besides the row: a step in its history, a webhook event
 * (ordered per case), and e-mails to the people who need to know — all in the transaction
 * of the change.
 */
import type { Actor } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { DomainError } from '../errors/domain-error.ts';
import { notifyEmployees, type Notice } from '../notify/notification.ts';
import type { WebhookEventType } from '../webhooks/webhook.ts';
import { emitWebhook } from '../webhooks/webhook.service.ts';
import type { Case, CaseEvent, CaseEventKind, CaseHead } from './case.ts';

/** A case as the API and webhooks show it. */
export function publicCase(c: Case): Omit<Case, 'workspaceId'> {
  const { workspaceId: _ws, ...rest } = c;
  return rest;
}

export interface CaseChange {
  kind: CaseEventKind;
  data: Record<string, unknown>;
  webhook?: WebhookEventType | undefined;
  notify?: { to: Array<string | null>; notice: Notice } | undefined;
}

/**
 * Records a change of the case. Given without its evidence (a join), the case is read with it
 * only if a webhook endpoint takes the event.
 */
export async function recordChange(
  d: Deps,
  actor: Pick<Actor, 'kind' | 'id'>,
  c: Case | CaseHead,
  change: CaseChange,
): Promise<CaseEvent> {
  const event = await d.r.cases.addEvent({
    workspaceId: c.workspaceId,
    caseId: c.id,
    at: d.clock.now().toISOString(),
    kind: change.kind,
    actorKind: actor.kind,
    actorId: actor.id,
    data: change.data,
  });
  if (change.webhook) {
    const whole = async (): Promise<Case> =>
      'evidence' in c
        ? c
        : { ...c, evidence: (await d.r.cases.get(c.workspaceId, c.id))?.evidence ?? [] };
    await emitWebhook(
      d,
      c.workspaceId,
      change.webhook,
      async () => ({
        case: publicCase(await whole()),
        change: { kind: change.kind, ...change.data },
      }),
      c.id,
    );
  }
  if (change.notify) {
    await notifyEmployees(d, c.workspaceId, change.notify.to, {
      ...change.notify.notice,
      link: change.notify.notice.link ?? `/cases/${c.id}`,
    });
  }
  return event;
}

/** Saves a changed case (version + 1); a concurrent change answers `conflict`. */
export async function saveCase<C extends CaseHead>(
  d: Deps,
  before: C,
  patch: Partial<CaseHead>,
): Promise<C> {
  const next: C = {
    ...before,
    ...patch,
    version: before.version + 1,
    updatedAt: d.clock.now().toISOString(),
  };
  if (!(await d.r.cases.update(next)))
    throw new DomainError(
      'conflict',
      `Case ${before.id} was changed meanwhile; load it and retry.`,
    );
  return next;
}
