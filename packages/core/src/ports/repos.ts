/**
 * The ports: what core needs from persistence, as plain async interfaces. `store` implements
 * them with Kysely for SQLite and PostgreSQL; core's unit tests use in-memory fakes. Every
 * method takes the workspace id first: no query can forget the tenant.
 */
import type { Page, PageRequest } from '../common/page.ts';
import type { Customer, CustomerFilter } from '../customers/customer.ts';
import type { Employee, EmployeeFilter, Team } from '../employees/employee.ts';
import type { Interaction, InteractionFilter } from '../interactions/interaction.ts';
import type { ApiKey, Session, User } from '../identity/identity.ts';
import type { Job, JobRequest } from '../jobs/job.ts';
import type { AuditEntry, AuditFilter } from '../audit/audit.ts';
import type { Workspace, WorkspaceSettings } from '../workspace/workspace.ts';
import type { InvitationRepo, ResponseRepo, SurveyRepo } from './feedback-repos.ts';
import type { PulseRepo, TeamOutcomeRepo } from './chain-repos.ts';
import type { ConversationRepo } from './conversation-repos.ts';
import type { SignalRepo } from './signal-repos.ts';
import type { EngagementRepo, JourneyRepo } from './journey-repos.ts';
import type { PrivacyRepo, RateLimitRepo } from './security-repos.ts';
import type { CaseRepo, PraiseRepo, RuleRepo, TaskRepo, WebhookRepo } from './closed-loop-repos.ts';

export interface WorkspaceRepo {
  get(id: string): Promise<Workspace | undefined>;
  list(): Promise<Workspace[]>;
  insert(w: Workspace): Promise<void>;
  updateSettings(id: string, settings: WorkspaceSettings): Promise<void>;
}

export interface ApiKeyRepo {
  findByHash(ws: string, keyHash: string): Promise<ApiKey | undefined>;
  list(ws: string): Promise<ApiKey[]>;
  insert(k: ApiKey): Promise<void>;
  revoke(ws: string, id: string, at: string): Promise<boolean>;
  touch(ws: string, id: string, at: string): Promise<void>;
}

export interface UserRepo {
  get(ws: string, id: string): Promise<User | undefined>;
  findByEmail(ws: string, email: string): Promise<User | undefined>;
  list(ws: string): Promise<User[]>;
  insert(u: User): Promise<void>;
  update(u: User): Promise<void>;
}

export interface SessionRepo {
  get(ws: string, id: string): Promise<Session | undefined>;
  insert(s: Session): Promise<void>;
  revoke(ws: string, id: string, at: string): Promise<void>;
  revokeAllForUser(ws: string, userId: string, at: string): Promise<number>;
}

export interface TeamRepo {
  get(ws: string, id: string): Promise<Team | undefined>;
  list(ws: string): Promise<Team[]>;
  insert(t: Team): Promise<void>;
  update(t: Team): Promise<void>;
}

export interface CustomerRepo {
  get(ws: string, id: string): Promise<Customer | undefined>;
  getByExternalId(ws: string, externalId: string): Promise<Customer | undefined>;
  /** The ids of the customers with these external ids, by external id (the unknown ones absent). */
  idsByExternalId(ws: string, externalIds: readonly string[]): Promise<Map<string, string>>;
  list(ws: string, filter: CustomerFilter, page: PageRequest): Promise<Page<Customer>>;
  insert(c: Customer): Promise<void>;
  /** Inserts many at once (an import's chunk); all or none. */
  insertMany(cs: readonly Customer[]): Promise<void>;
  /**
   * Writes the fields a person edits. The engagement score and the opt-out are not among
   * them: each has its own writer below, so an edit read before a touchpoint cannot undo it.
   */
  update(c: Customer): Promise<void>;
  /** Writes the score alone (the engagement recompute's one write). */
  setEngagementScore(ws: string, id: string, score: number): Promise<void>;
  /** Sets or clears the opt-out (STOP / START), and the record's time. */
  setOptedOut(ws: string, id: string, optedOutAt: string | null, updatedAt: string): Promise<void>;
  /**
   * Replaces the attributes if the record is unchanged since `ifUpdatedAt` was read; false
   * when it changed in between (read again and retry).
   */
  replaceAttributes(
    ws: string,
    id: string,
    attributes: Customer['attributes'],
    ifUpdatedAt: string,
    updatedAt: string,
  ): Promise<boolean>;
  delete(ws: string, id: string): Promise<boolean>;
}

export interface EmployeeRepo {
  get(ws: string, id: string): Promise<Employee | undefined>;
  getMany(ws: string, ids: readonly string[]): Promise<Employee[]>;
  getByExternalId(ws: string, externalId: string): Promise<Employee | undefined>;
  /** The ids of the employees with these external ids, by external id (the unknown ones absent). */
  idsByExternalId(ws: string, externalIds: readonly string[]): Promise<Map<string, string>>;
  list(ws: string, filter: EmployeeFilter, page: PageRequest): Promise<Page<Employee>>;
  insert(e: Employee): Promise<void>;
  update(e: Employee): Promise<void>;
  delete(ws: string, id: string): Promise<boolean>;
  countReports(ws: string, managerId: string): Promise<number>;
  /** Everyone under this manager in the manager tree, transitively (a cycle stops the walk). */
  reportsUnder(ws: string, managerId: string): Promise<string[]>;
}

export interface InteractionRepo {
  get(ws: string, id: string): Promise<Interaction | undefined>;
  getByExternalId(ws: string, externalId: string): Promise<Interaction | undefined>;
  /** Lists without transcripts (messages: []), newest first. */
  list(ws: string, filter: InteractionFilter, page: PageRequest): Promise<Page<Interaction>>;
  insert(i: Interaction): Promise<void>;
  update(i: Interaction): Promise<void>;
  delete(ws: string, id: string): Promise<boolean>;
}

export type IdempotencyClaim =
  | { state: 'new' }
  | { state: 'replay'; status: number; body: unknown }
  | { state: 'mismatch' }
  | { state: 'in_progress' };

export interface IdempotencyRepo {
  /**
   * Claims a key inside the current write transaction. The first claim wins; a concurrent one
   * waits for the first to commit and then sees its stored response (`replay`).
   */
  claim(ws: string, key: string, requestHash: string, at: string): Promise<IdempotencyClaim>;
  complete(ws: string, key: string, status: number, body: unknown): Promise<void>;
  purgeBefore(at: string): Promise<number>;
}

export interface JobRepo {
  /** Returns the new job's id, or null when a job with the same dedupe key is pending. */
  enqueue(ws: string, job: JobRequest, id: string, now: string): Promise<string | null>;
  get(ws: string, id: string): Promise<Job | undefined>;
}

export interface AuditRepo {
  record(entry: AuditEntry): Promise<void>;
  list(ws: string, filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>>;
}

/** Every repository, bound to one transaction (or to autocommit reads). */
export interface Repos {
  workspaces: WorkspaceRepo;
  apiKeys: ApiKeyRepo;
  users: UserRepo;
  sessions: SessionRepo;
  teams: TeamRepo;
  customers: CustomerRepo;
  employees: EmployeeRepo;
  interactions: InteractionRepo;
  idempotency: IdempotencyRepo;
  jobs: JobRepo;
  audit: AuditRepo;
  surveys: SurveyRepo;
  invitations: InvitationRepo;
  responses: ResponseRepo;
  pulse: PulseRepo;
  teamOutcomes: TeamOutcomeRepo;
  conversations: ConversationRepo;
  signals: SignalRepo;
  rules: RuleRepo;
  cases: CaseRepo;
  praise: PraiseRepo;
  tasks: TaskRepo;
  webhooks: WebhookRepo;
  rateLimits: RateLimitRepo;
  privacy: PrivacyRepo;
  engagement: EngagementRepo;
  journey: JourneyRepo;
}

export type EachResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Transactions. `write` resolves only after the transaction is durably committed; on SQLite
 * many concurrent writes share one commit (group commit), each in its own savepoint so one
 * failure rolls back only itself.
 */
export interface UnitOfWork {
  read<T>(fn: (r: Repos) => Promise<T>): Promise<T>;
  write<T>(fn: (r: Repos) => Promise<T>): Promise<T>;
  /** Runs fn once per item, each in its own savepoint, all in as few commits as practical. */
  writeEach<I, T>(
    items: readonly I[],
    fn: (r: Repos, item: I, index: number) => Promise<T>,
  ): Promise<EachResult<T>[]>;
  /**
   * Runs fn once per item like writeEach, in one transaction that is then rolled back: what
   * would happen, with nothing stored (dry runs of imports).
   */
  rehearse<I, T>(
    items: readonly I[],
    fn: (r: Repos, item: I, index: number) => Promise<T>,
  ): Promise<EachResult<T>[]>;
}
