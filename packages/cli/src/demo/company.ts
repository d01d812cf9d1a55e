/** The demo company: an org tree from a head of CX down to agents, in six teams. */
import {
  createEmployee,
  createTeam,
  updateTeam,
  systemCtx,
  type Channel,
  type Deps,
  type Employee,
  type Team,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { FIRST, LAST } from './names.ts';
import type { Rng } from './random.ts';

export interface TeamPlan {
  name: string;
  channels: Channel[];
  department: 'contact' | 'field';
  agentTitle: string;
}

export const TEAMS: TeamPlan[] = [
  {
    name: 'Phone Support North',
    channels: ['phone', 'ivr'],
    department: 'contact',
    agentTitle: 'agent',
  },
  { name: 'Phone Support South', channels: ['phone'], department: 'contact', agentTitle: 'agent' },
  {
    name: 'Digital Care',
    channels: ['chat', 'email', 'sms', 'social'],
    department: 'contact',
    agentTitle: 'agent',
  },
  {
    name: 'Retention & Accounts',
    channels: ['phone', 'email'],
    department: 'contact',
    agentTitle: 'account manager',
  },
  {
    name: 'Retail Stores',
    channels: ['in_store'],
    department: 'field',
    agentTitle: 'store associate',
  },
  {
    name: 'Field Technicians',
    channels: ['field_visit'],
    department: 'field',
    agentTitle: 'technician',
  },
];

export interface DemoTeam {
  team: Team;
  plan: TeamPlan;
  lead: Employee;
  agents: Employee[];
  /** 0–1: how good this team's service is, so the dashboards have something to show. */
  quality: number;
}

export interface Company {
  head: Employee;
  managers: Employee[];
  teams: DemoTeam[];
}

export async function createCompany(
  store: Store,
  deps: Omit<Deps, 'r'>,
  ws: string,
  rng: Rng,
): Promise<Company> {
  const ctx = systemCtx(ws);
  const used = new Set<string>();
  const person = () => {
    for (;;) {
      const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const emailOf = (name: string) =>
    `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@company.example`;
  const employee = (
    name: string,
    title: string,
    managerId: string | null,
    teamId: string | null = null,
  ) =>
    store.write((r) =>
      createEmployee({ ...deps, r }, ctx, { name, title, managerId, teamId, email: emailOf(name) }),
    );

  const head = await employee('Dana Whitfield', 'head of customer experience', null);
  const contact = await employee('Marcus Reid', 'contact centre manager', head.id);
  const field = await employee('Priya Nair', 'field and retail manager', head.id);
  const teams: DemoTeam[] = [];
  for (const plan of TEAMS) {
    const team = await store.write((r) => createTeam({ ...deps, r }, ctx, { name: plan.name }));
    const manager = plan.department === 'contact' ? contact : field;
    const lead = await employee(person(), 'team lead', manager.id, team.id);
    await store.write((r) => updateTeam({ ...deps, r }, ctx, team.id, { leadId: lead.id }));
    const agents: Employee[] = [];
    const size = rng.int(5, 7);
    for (let k = 0; k < size; k++)
      agents.push(await employee(person(), plan.agentTitle, lead.id, team.id));
    teams.push({
      team: { ...team, leadId: lead.id },
      plan,
      lead,
      agents,
      quality: 0.45 + rng.next() * 0.45,
    });
  }
  return { head, managers: [contact, field], teams };
}
