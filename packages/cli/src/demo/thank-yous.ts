/**
 * The demo's team leads thank the customers who praised their people: most thank-you tasks
 * are done some hours or days after the praise, by phone, voicemail, e-mail, text or in
 * person, usually with a note, and each lands on the customer's history as the API records
 * it. A few are forgotten (overdue on the Praise screen) and the last days' are still to do.
 * Seeded: the same demo thanks the same customers.
 */
import { completeTask, type FollowUpMethod, type Ids } from '@rapport/core';
import type { Store } from '@rapport/store';
import { demoActors, plannedQueue, type Planned, type PlannedWork } from './planned-work.ts';
import { Rng } from './random.ts';

const HOUR = 3_600_000;

const NOTES: Record<FollowUpMethod, readonly string[]> = {
  call: [
    'Called to thank them; they were pleased someone rang just to say thanks.',
    'Thanked them by phone and passed their words on to the team.',
  ],
  voicemail: ['Left a voicemail thanking them for taking the time to write.'],
  email: ['Sent a personal thank-you and copied the colleague they praised.'],
  sms: ['Texted a short thank-you from the team.'],
  in_person: ['Thanked them at the counter on their next visit.'],
};

interface PlannedThanks extends Planned {
  taskId: string;
  method: FollowUpMethod;
  note: string | null;
}

export async function thankYouPlanner(
  store: Store,
  deps: { ids: Ids; now: () => Date },
  opts: { workspaceId: string; seed: number; storyCustomers: ReadonlySet<string> },
): Promise<PlannedWork> {
  const { workspaceId: ws, seed } = opts;
  const rng = new Rng(seed * 7919 + 29);
  const actorFor = await demoActors(store, ws);
  const seen = new Set<string>();

  const plan = async (add: (p: PlannedThanks) => void) => {
    const open = await store.db
      .selectFrom('tasks')
      .select(['id', 'assignee_id', 'customer_id', 'created_at'])
      .where('workspace_id', '=', ws)
      .where('kind', '=', 'thank_customer')
      .where('status', '=', 'open')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const t of open) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      if (t.customer_id && opts.storyCustomers.has(t.customer_id)) continue;
      const actor = actorFor(t.assignee_id);
      if (!actor || !rng.chance(0.92)) continue;
      // Median about a working day, a few after a week.
      const hours = Math.min(10 * 24, Math.max(1, Math.exp(rng.normal(Math.log(20), 0.9))));
      const method = rng.weighted<FollowUpMethod>([
        ['call', 45],
        ['email', 25],
        ['voicemail', 15],
        ['sms', 10],
        ['in_person', 5],
      ]);
      add({
        taskId: t.id,
        at: Date.parse(t.created_at) + hours * HOUR,
        actor,
        method,
        note: rng.chance(0.7) ? rng.pick(NOTES[method]) : null,
      });
    }
  };

  return plannedQueue<PlannedThanks>(store, deps, ws, plan, (d, ctx, p) =>
    completeTask(d, ctx, p.taskId, { method: p.method, note: p.note }),
  );
}
