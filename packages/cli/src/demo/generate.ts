/**
 * `rapport demo`: a workspace of realistic, deterministic (seeded) data — a company of six
 * teams, several hundred customers, a few thousand interactions over every channel and stage.
 */
import {
  closedLoopSettings,
  createCustomer,
  createInteraction,
  DAY_MS,
  systemCtx,
  type Channel,
  type Clock,
  type Customer,
  type DemoStory,
  type Employee,
  type Expectation,
  type Ids,
  type InteractionInput,
  type Outcome,
  withDefaults,
} from '@rapport/core';
import { bootstrapWorkspace, createUser } from '@rapport/server';
import type { Store } from '@rapport/store';
import { clockAt } from './clock-at.ts';
import { addUnbrokenChain } from './chain.ts';
import { createCompany, type Company, type DemoTeam } from './company.ts';
import { CITIES_TZ, FIRST, LAST } from './names.ts';
import { Rng } from './random.ts';
import { runDemoJobs } from './process.ts';
import { recordStories, tellStories } from './stories/index.ts';
import { NOTES, TRANSCRIPTS, type Tone } from './texts.ts';

export interface DemoOptions {
  seed: number;
  customers?: number;
  interactions?: number;
  /** Day the generated history ends on (its content is the same for the same seed and day). */
  until?: Date;
  onProgress?: (done: number, total: number) => void;
  /**
   * Run every job the data enqueued (texts read, engagement, rules, cases, praise) before
   * returning, as `rapport demo` does; otherwise the server's worker runs them. The five
   * stories are always processed.
   */
  processJobs?: boolean;
  onJobs?: (done: number) => void;
}

export interface DemoResult {
  workspaceId: string;
  workspaceName: string;
  apiKey: string;
  users: Array<{ email: string; password: string; role: string }>;
  counts: { teams: number; employees: number; customers: number; interactions: number };
  /** The five stories of DESIGN.md: where each one is (also GET /api/v1/demo/stories). */
  stories: DemoStory[];
  /** Jobs run before returning (with `processJobs`). */
  jobs: number;
}

const COMPANY_NAMES = [
  'Northwind Services',
  'Bluebird Utilities',
  'Harbor Telecom',
  'Summit Motors',
  'Maple Retail',
];
const STAGE_WEIGHTS: Array<readonly [string, number]> = [
  ['awareness', 4],
  ['consideration', 6],
  ['purchase', 8],
  ['onboarding', 10],
  ['usage', 22],
  ['support', 38],
  ['renewal', 12],
];
const WEB_STAGES = new Set(['awareness', 'consideration', 'purchase']);

export const demoPassword = (seed: number): string => `rapport-demo-${seed}`;

function outcomeFor(tone: Tone, rng: Rng): { outcome: Outcome; expectation: Expectation | null } {
  if (tone === 'good')
    return { outcome: 'resolved', expectation: rng.chance(0.45) ? 'exceeded' : 'met' };
  if (tone === 'ok')
    return {
      outcome: rng.pick(['resolved', 'info', 'pending'] as const),
      expectation: rng.chance(0.6) ? 'met' : null,
    };
  return {
    outcome: rng.pick(['unresolved', 'escalated', 'pending', 'abandoned'] as const),
    expectation: rng.chance(0.7) ? 'failed' : null,
  };
}

function teamFor(channel: Channel, company: Company, rng: Rng): DemoTeam | undefined {
  const teams = company.teams.filter((t) => t.plan.channels.includes(channel));
  return teams.length ? rng.pick(teams) : undefined;
}

/**
 * Who handled an interaction of a team. The demo's signed-in agent (the first agent of the
 * first team) takes three quarters of that team's work, a full-time agent's share, so that their own
 * overview has enough answers to show figures (about 10 CSAT answers in 90 days otherwise,
 * against the minimum of 10). A separate random stream decides it, so the rest of the history
 * is the same.
 */
function agentFor(team: DemoTeam, company: Company, rng: Rng, persona: Rng): Employee | undefined {
  const agent = rng.pick(team.agents);
  return team === company.teams[0] && persona.chance(0.75) ? team.agents[0] : agent;
}

function interactionFor(
  customer: Customer,
  company: Company,
  rng: Rng,
  persona: Rng,
  until: number,
  days: number,
): InteractionInput {
  const stage = rng.weighted(STAGE_WEIGHTS);
  const channel: Channel =
    WEB_STAGES.has(stage) && rng.chance(0.5)
      ? 'web'
      : rng.weighted<Channel>([
          ['phone', 30],
          ['ivr', 6],
          ['chat', 18],
          ['email', 14],
          ['sms', 6],
          ['in_store', 10],
          ['social', 4],
          ['field_visit', 8],
          ['web', 4],
        ]);
  const team = channel === 'web' ? undefined : teamFor(channel, company, rng);
  const agent = team ? agentFor(team, company, rng, persona) : undefined;
  const quality = team?.quality ?? 0.7;
  const tone: Tone = rng.next() < quality ? 'good' : rng.next() < 0.55 ? 'ok' : 'bad';
  const { outcome, expectation } =
    channel === 'web' ? { outcome: 'info' as Outcome, expectation: null } : outcomeFor(tone, rng);
  const occurredAt = new Date(until - rng.next() * days * DAY_MS).toISOString();
  const first = agent?.name.split(' ')[0] ?? 'the team';
  const input: InteractionInput = {
    customerId: customer.id,
    channel,
    stage,
    occurredAt,
    outcome,
    expectation,
    employeeIds: agent ? [agent.id] : [],
    note:
      channel === 'web'
        ? `Visited the ${stage} pages.`
        : rng.pick(NOTES[tone]).replace('{agent}', first),
    durationSeconds: channel === 'web' ? rng.int(30, 600) : rng.int(60, 1800),
  };
  if (agent && ['chat', 'sms', 'email', 'phone', 'social'].includes(channel) && rng.chance(0.3)) {
    const script = rng.pick(TRANSCRIPTS[tone]);
    input.transcript = script.map(([speaker, text], k) => ({
      speaker,
      employeeId: speaker === 'agent' ? agent.id : null,
      text,
      at: new Date(Date.parse(occurredAt) + k * 45_000).toISOString(),
    }));
  }
  return input;
}

export async function generateDemo(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  opts: DemoOptions,
): Promise<DemoResult> {
  const rng = new Rng(opts.seed * 7919 + 17);
  const until = opts.until ?? new Date(Math.floor(deps.clock.now().getTime() / DAY_MS) * DAY_MS);
  const nCustomers = opts.customers ?? 400;
  const nInteractions = opts.interactions ?? 3000;
  const name = COMPANY_NAMES[(opts.seed - 1) % COMPANY_NAMES.length] ?? 'Demo Company';
  const workspaceName = opts.seed === 1 ? name : `${name} (seed ${opts.seed})`;
  const { workspace, apiKey } = await bootstrapWorkspace(store, deps, workspaceName);
  const ws = workspace.id;
  const ctx = systemCtx(ws);
  const company = await createCompany(store, deps, ws, rng);
  const retention = company.teams.find((t) => t.plan.name.startsWith('Retention'));
  const owners = retention?.agents ?? [];
  // The owners of last resort a CX team sets first (Settings → Closed loop): without them the
  // churn risk of a customer nobody owns stays unassigned, and its SLA escalates to nobody.
  await store.write(async (r) => {
    const current = withDefaults((await r.workspaces.get(ws))?.settings);
    const closedLoop = closedLoopSettings({
      ...current.closedLoop,
      retentionTeamId: retention?.team.id ?? null,
      defaultOwnerId: company.head.id,
    });
    await r.workspaces.updateSettings(ws, { ...current, closedLoop });
  });
  const told = await tellStories(store, deps, { ws, company, until });

  const customerInputs = Array.from({ length: nCustomers }, (_, k) => {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const [, tz] = rng.pick(CITIES_TZ);
    return {
      externalId: `CRM-${opts.seed}-${String(10_000 + k)}`,
      name: `${first} ${last}`,
      email: `${first}.${last}.${k}@mail.example`.toLowerCase().replace(/'/g, ''),
      phone: `+1555${String(1_000_000 + opts.seed * 10_000 + k).slice(-7)}`,
      timezone: tz,
      segment: rng.weighted([
        ['consumer', 70],
        ['small_business', 22],
        ['enterprise', 8],
      ] as const),
      relationshipOwnerId: owners.length && rng.chance(0.35) ? rng.pick(owners).id : null,
      consent: { email: true, sms: rng.chance(0.85) },
    };
  });
  const total = nCustomers + nInteractions;
  const customers: Customer[] = [];
  for (const r of await store.writeEach(customerInputs, (rr, input) =>
    createCustomer({ ...deps, r: rr }, ctx, input),
  )) {
    if (!r.ok) throw r.error;
    customers.push(r.value);
  }
  opts.onProgress?.(nCustomers, total);

  const days = 180;
  const persona = new Rng(opts.seed * 6_151 + 29);
  const inputs = Array.from({ length: nInteractions }, () =>
    interactionFor(rng.pick(customers), company, rng, persona, until.getTime(), days),
  );
  const CHUNK = 250;
  for (let k = 0; k < inputs.length; k += CHUNK) {
    const out = await store.writeEach(inputs.slice(k, k + CHUNK), (rr, input) =>
      createInteraction({ ...deps, clock: clockAt(input.occurredAt), r: rr }, ctx, input),
    );
    const failed = out.find((o) => !o.ok);
    if (failed && !failed.ok) throw failed.error;
    opts.onProgress?.(nCustomers + Math.min(k + CHUNK, inputs.length), total);
  }

  const chain = await addUnbrokenChain(store, deps, {
    ws,
    company,
    customers,
    rng: new Rng(opts.seed * 104_729 + 7),
    until,
    skipCustomers: told.customerIds,
  });

  const password = demoPassword(opts.seed);
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '');
  const lead = company.teams[0]?.lead;
  const agent = company.teams[0]?.agents[0];
  const userPlans = [
    {
      email: `admin@${slug}.example`,
      name: 'Alex Admin',
      role: 'admin' as const,
      employeeId: null,
    },
    {
      email: `analyst@${slug}.example`,
      name: 'Casey Analyst',
      role: 'analyst' as const,
      employeeId: null,
    },
    {
      email: `manager@${slug}.example`,
      name: lead?.name ?? 'Team Lead',
      role: 'manager' as const,
      employeeId: lead?.id ?? null,
    },
    {
      email: `agent@${slug}.example`,
      name: agent?.name ?? 'Agent',
      role: 'agent' as const,
      employeeId: agent?.id ?? null,
    },
  ];
  for (const u of userPlans)
    await store.write((r) => createUser({ ...deps, r }, ctx, { ...u, password }));

  const stories = await recordStories(store, deps, { ws, seed: opts.seed, until, told });
  const jobs = opts.processJobs
    ? await runDemoJobs(store, deps, {
        workspaceId: ws,
        seed: opts.seed,
        storyCustomers: new Set(stories.flatMap((s) => (s.customerId ? [s.customerId] : []))),
        onProgress: opts.onJobs,
      })
    : 0;

  const employees =
    3 +
    company.teams.reduce((s, t) => s + 1 + t.agents.length, 0) +
    chain.employees +
    told.counts.employees;
  return {
    workspaceId: ws,
    workspaceName,
    apiKey,
    users: userPlans.map((u) => ({ email: u.email, password, role: u.role })),
    counts: {
      teams: company.teams.length + chain.teams + told.counts.teams,
      employees,
      customers: customers.length + told.counts.customers,
      interactions: inputs.length + chain.interactions + told.counts.interactions,
    },
    stories,
    jobs,
  };
}
