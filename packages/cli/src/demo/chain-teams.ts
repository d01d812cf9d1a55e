/**
 * Four more teams for the demo's chain (ten in all), with their interactions: enough teams for a
 * correlation over teams to mean something, and one team of four to show anonymity hiding it.
 */
import {
  createEmployee,
  createInteraction,
  createTeam,
  DAY_MS,
  systemCtx,
  updateTeam,
  type Channel,
  type Clock,
  type Customer,
  type Employee,
  type Ids,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { clockAt } from './clock-at.ts';
import type { Company, DemoTeam } from './company.ts';
import { FIRST, LAST } from './names.ts';
import type { Rng } from './random.ts';

const EXTRA: Array<{ name: string; channels: Channel[]; agents: number }> = [
  { name: 'Billing Support', channels: ['phone', 'email'], agents: 6 },
  { name: 'Claims', channels: ['phone'], agents: 7 },
  { name: 'Technical Help Desk', channels: ['chat', 'phone'], agents: 6 },
  // Lead + 3 agents: its employee pulse has 4 respondents, under the threshold of 5.
  { name: 'Social Media Desk', channels: ['social'], agents: 3 },
];
const OUTCOMES = ['resolved', 'resolved', 'resolved', 'info', 'pending', 'unresolved'] as const;

export async function addChainTeams(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  opts: { ws: string; company: Company; customers: readonly Customer[]; rng: Rng; until: number },
): Promise<{ teams: DemoTeam[]; interactions: number }> {
  const { ws, company, rng } = opts;
  const ctx = systemCtx(ws);
  const manager = company.managers[0] ?? company.head;
  const person = (title: string, managerId: string, teamId: string) => {
    const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${rng.int(10, 99)}@company.example`;
    return store.write((r) =>
      createEmployee({ ...deps, r }, ctx, { name, title, managerId, teamId, email }),
    );
  };
  const teams: DemoTeam[] = [];
  const inputs = [];
  // 120 interactions a team over the 180 days for the default 400 customers; fewer for a small demo.
  const perTeam = Math.max(5, Math.round(0.3 * opts.customers.length));
  for (const plan of EXTRA) {
    const team = await store.write((r) => createTeam({ ...deps, r }, ctx, { name: plan.name }));
    const lead = await person('team lead', manager.id, team.id);
    await store.write((r) => updateTeam({ ...deps, r }, ctx, team.id, { leadId: lead.id }));
    const agents: Employee[] = [];
    for (let k = 0; k < plan.agents; k++) agents.push(await person('agent', lead.id, team.id));
    const quality = 0.45 + rng.next() * 0.45;
    teams.push({
      team: { ...team, leadId: lead.id },
      plan: {
        name: plan.name,
        channels: plan.channels,
        department: 'contact',
        agentTitle: 'agent',
      },
      lead,
      agents,
      quality,
    });
    for (let k = 0; k < perTeam; k++) {
      const occurredAt = new Date(opts.until - rng.next() * 180 * DAY_MS).toISOString();
      inputs.push({
        customerId: rng.pick(opts.customers).id,
        channel: rng.pick(plan.channels),
        stage: rng.chance(0.7) ? 'support' : 'usage',
        occurredAt,
        outcome: rng.next() < quality ? ('resolved' as const) : rng.pick(OUTCOMES),
        employeeIds: [rng.pick(agents).id],
        durationSeconds: rng.int(60, 1500),
      });
    }
  }
  const out = await store.writeEach(inputs, (r, input) =>
    createInteraction({ ...deps, clock: clockAt(input.occurredAt), r }, ctx, input),
  );
  const failed = out.find((o) => !o.ok);
  if (failed && !failed.ok) throw failed.error;
  return { teams, interactions: inputs.length };
}
