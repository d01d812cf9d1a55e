/**
 * The people of the demo close the loop: most cases the rules open are taken up by their owner
 * within hours (in progress, often with a note of the first contact) and closed some hours or
 * days later, with an outcome, a root cause and usually a note, so that the Cases screen shows
 * a team at work (time to first action before time to close, SLA kept, recovery rate) rather
 * than hundreds of cases all opened at once. Seeded: the same demo closes the same cases.
 */
import {
  addNote,
  closeCase,
  closedLoopSettings,
  updateCase,
  withDefaults,
  type CaseOutcome,
  type Ids,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { demoActors, plannedQueue, type Planned, type PlannedWork } from './planned-work.ts';
import { Rng } from './random.ts';

const HOUR = 3_600_000;

const NOTES: Record<CaseOutcome, readonly string[]> = {
  recovered: [
    'Called the customer back, apologised and put it right; they are happy again.',
    'Refund issued and confirmed by e-mail. The customer thanked us.',
    'Booked a second visit for the next morning; fixed, and the customer said so.',
  ],
  not_recovered: [
    'Spoke to the customer: they have decided to leave. Logged the reason.',
    'Offered a goodwill credit; declined. Still unhappy with how long it took.',
  ],
  unreachable: [
    'Tried twice by phone and once by e-mail; no answer.',
    'Left a voicemail and sent an e-mail; nothing back within the week.',
  ],
};

const FIRST_CONTACT = [
  'Called the customer; looking into it and calling back.',
  'E-mailed the customer to say we are on it.',
  'Checked the account history; the customer is expecting a call back.',
];

type PlannedStep = Planned & { caseId: string; note: string | null } & (
    { step: 'start' } | { step: 'close'; outcome: CaseOutcome; rootCause: string | null }
  );

export async function caseCloser(
  store: Store,
  deps: { ids: Ids; now: () => Date },
  opts: { workspaceId: string; seed: number; storyCustomers: ReadonlySet<string> },
): Promise<PlannedWork> {
  const { workspaceId: ws, seed } = opts;
  const rng = new Rng(seed * 7919 + 17);
  const actorFor = await demoActors(store, ws);
  const rootCauses = await store.read(
    async (r) =>
      closedLoopSettings(withDefaults((await r.workspaces.get(ws))?.settings).closedLoop)
        .rootCauses,
  );
  const seen = new Set<string>();

  const plan = async (add: (p: PlannedStep) => void) => {
    const open = await store.db
      .selectFrom('cases')
      .select(['id', 'owner_id', 'customer_id', 'created_at'])
      .where('workspace_id', '=', ws)
      .where('status', '!=', 'closed')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const c of open) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      if (c.customer_id && opts.storyCustomers.has(c.customer_id)) continue;
      const actor = actorFor(c.owner_id);
      // Nearly every case is closed in the end (a few are forgotten, and climb the manager chain
      // at every missed SLA); those opened in the last days are still being worked on.
      if (!actor || !rng.chance(c.owner_id ? 0.97 : 0.9)) continue;
      // Median about 18 hours, a few after several days.
      const hours = Math.min(8 * 24, Math.max(0.5, Math.exp(rng.normal(Math.log(18), 1))));
      const outcome = rng.weighted<CaseOutcome>([
        ['recovered', 58],
        ['not_recovered', 28],
        ['unreachable', 14],
      ]);
      const opened = Date.parse(c.created_at);
      add({
        step: 'close',
        caseId: c.id,
        at: opened + hours * HOUR,
        actor,
        outcome,
        rootCause: outcome === 'unreachable' || !rootCauses.length ? null : rng.pick(rootCauses),
        note: rng.chance(0.75) ? rng.pick(NOTES[outcome]) : null,
      });
      // Most are taken up first, a tenth to half of the way to their closing.
      if (rng.chance(0.8))
        add({
          step: 'start',
          caseId: c.id,
          at: opened + hours * HOUR * (0.1 + 0.4 * rng.next()),
          actor,
          note: rng.chance(0.6) ? rng.pick(FIRST_CONTACT) : null,
        });
    }
  };

  return plannedQueue<PlannedStep>(store, deps, ws, plan, async (d, ctx, p) => {
    if (p.step === 'close') {
      await closeCase(d, ctx, p.caseId, {
        outcome: p.outcome,
        rootCause: p.rootCause,
        note: p.note,
      });
      return;
    }
    await updateCase(d, ctx, p.caseId, { status: 'in_progress' });
    if (p.note) await addNote(d, ctx, p.caseId, p.note);
  });
}
