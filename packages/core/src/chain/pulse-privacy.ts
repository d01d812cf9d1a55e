/**
 * What keeps a pulse answer from being tied back to the person who gave it, beyond the response
 * itself (which keeps team, rated manager and day only — see submitResponse):
 * - its ids carry no time finer than the day (ULIDs otherwise encode the millisecond);
 * - the invitation, once used, forgets when and how it was answered: no opened or completed time,
 *   no reminder time, its last change stays its send time, its dialogue or web progress (which
 *   held the answers) is emptied, and the messages of its conversation are unlinked or deleted.
 * The invitation still says that the person answered (so they are not asked again), never what,
 * nor when.
 */
import type { Deps } from '../common/deps.ts';
import { ulid } from '../common/ids.ts';
import type { Invitation } from '../feedback/invitation.ts';

/**
 * The same id with its ULID time replaced by `timeMs` (e.g. the start of the day); ids that are
 * not ULIDs (test sequences) carry no time and are returned as they are.
 */
export function idAtTime(id: string, timeMs: number): string {
  const cut = id.lastIndexOf('_') + 1;
  if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id.slice(cut))) return id;
  const time = ulid(timeMs, new Uint8Array(10)).slice(0, 10);
  return `${id.slice(0, cut)}${time}${id.slice(cut + 10)}`;
}

/** Whether a survey kind is answered anonymously (employee and leadership pulses). */
export const isPulseKind = (kind: string): boolean => kind === 'employee' || kind === 'leadership';

/** Makes a used pulse invitation forget everything but that it was used (call after completing). */
export async function forgetPulseInvitation(d: Deps, inv: Invitation): Promise<void> {
  await d.r.invitations.update({
    ...inv,
    status: 'completed',
    openedAt: null,
    completedAt: null,
    reminderSentAt: null,
    updatedAt: inv.sendAt,
    conversation: {},
  });
  await d.r.pulse.forgetMessages(inv.workspaceId, [inv.id]);
}
