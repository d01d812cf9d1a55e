/**
 * The database schema as Kysely types. One schema for SQLite and PostgreSQL: times are
 * ISO-8601 UTC strings with milliseconds (text on SQLite, timestamptz(3) on PostgreSQL, both
 * read back as strings), JSON is text on SQLite and jsonb on PostgreSQL (read through
 * `fromJson`), flags are 0/1 integers. Every table leads its key with workspace_id.
 */
import type { ColumnType, Generated } from 'kysely';

/** A JSON column: written as JSON text, read as text (SQLite) or parsed value (PostgreSQL). */
export type Json = ColumnType<unknown, string, string>;
type Ts = string;
type Flag = number;

export interface WorkspacesTable {
  workspace_id: string;
  name: string;
  settings: Json;
  created_at: Ts;
}
export interface ApiKeysTable {
  workspace_id: string;
  id: string;
  name: string;
  role: string;
  prefix: string;
  key_hash: string;
  created_at: Ts;
  last_used_at: Ts | null;
  revoked_at: Ts | null;
}
export interface UsersTable {
  workspace_id: string;
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  employee_id: string | null;
  disabled_at: Ts | null;
  password_changed_at: Ts;
  created_at: Ts;
}
export interface SessionsTable {
  workspace_id: string;
  id: string;
  user_id: string;
  csrf_hash: string;
  created_at: Ts;
  expires_at: Ts;
  revoked_at: Ts | null;
}
export interface TeamsTable {
  workspace_id: string;
  id: string;
  name: string;
  lead_id: string | null;
  created_at: Ts;
}
export interface EmployeesTable {
  workspace_id: string;
  id: string;
  external_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  team_id: string | null;
  manager_id: string | null;
  active: Flag;
  created_at: Ts;
  updated_at: Ts;
}
export interface CustomersTable {
  workspace_id: string;
  id: string;
  external_id: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  timezone: string | null;
  locale: string | null;
  segment: string | null;
  relationship_owner_id: string | null;
  attributes: Json;
  consent_email: Flag;
  consent_sms: Flag;
  opted_out_at: Ts | null;
  engagement_score: number;
  created_at: Ts;
  updated_at: Ts;
}
export interface InteractionsTable {
  workspace_id: string;
  id: string;
  external_id: string | null;
  customer_id: string;
  channel: string;
  stage: string;
  occurred_at: Ts;
  outcome: string | null;
  expectation: string | null;
  employee_ids: Json;
  agent_id: string | null;
  team_id: string | null;
  note: string | null;
  duration_seconds: number | null;
  attributes: Json;
  message_count: number;
  created_at: Ts;
}
export interface InteractionEmployeesTable {
  workspace_id: string;
  interaction_id: string;
  employee_id: string;
  position: number;
}
export interface MessagesTable {
  workspace_id: string;
  interaction_id: string;
  seq: number;
  speaker: string;
  employee_id: string | null;
  text: string;
  at: Ts;
}
export interface SurveysTable {
  workspace_id: string;
  id: string;
  kind: string;
  name: string;
  status: string;
  version: number;
  definition: Json;
  trigger: Json;
  public_token_hash: string | null;
  created_at: Ts;
  updated_at: Ts;
}
export interface SurveyVersionsTable {
  workspace_id: string;
  survey_id: string;
  version: number;
  definition: Json;
  created_at: Ts;
}
export interface InvitationsTable {
  workspace_id: string;
  id: string;
  survey_id: string;
  survey_version: number;
  channel: string;
  customer_id: string | null;
  employee_id: string | null;
  interaction_id: string | null;
  address: string | null;
  token_hash: string;
  status: string;
  skip_reason: string | null;
  send_at: Ts;
  sent_at: Ts | null;
  expires_at: Ts;
  opened_at: Ts | null;
  completed_at: Ts | null;
  reminder_sent_at: Ts | null;
  conversation: Json;
  created_at: Ts;
  updated_at: Ts;
  /** Migration 0017: the time of the oldest words a finished conversation keeps (retention). */
  text_until: Ts | null;
  /** Migration 0004: the normalised address replies come from. */
  address_key: string | null;
  /** Migration 0004: the key of the e-mail reply address `reply+<ws>.<key>@…`. */
  reply_key: string | null;
}
export interface ResponsesTable {
  workspace_id: string;
  id: string;
  invitation_id: string | null;
  survey_id: string;
  survey_version: number;
  survey_kind: string;
  channel: string;
  stage: string | null;
  customer_id: string | null;
  interaction_id: string | null;
  agent_id: string | null;
  team_id: string | null;
  manager_id: string | null;
  owner_id: string | null;
  segment: string | null;
  comment: string | null;
  completed: Flag;
  submitted_at: Ts;
  created_at: Ts;
  /** Migration 0010: the id the response had in the tool it was imported from. */
  external_id: string | null;
}
export interface AnswersTable {
  workspace_id: string;
  response_id: string;
  question_id: string;
  metric: string | null;
  value_num: number | null;
  value_text: string | null;
  value_json: Json | null;
  scale_min: number | null;
  scale_max: number | null;
  top_box_min: number | null;
  survey_id: string;
  survey_kind: string;
  channel: string;
  stage: string | null;
  customer_id: string | null;
  agent_id: string | null;
  team_id: string | null;
  manager_id: string | null;
  owner_id: string | null;
  segment: string | null;
  submitted_at: Ts;
  scope: string;
}
export interface SignalsTable {
  workspace_id: string;
  id: string;
  source_type: string;
  source_id: string;
  seq: number;
  customer_id: string | null;
  interaction_id: string | null;
  response_id: string | null;
  channel: string | null;
  stage: string | null;
  speaker: string | null;
  sentiment: string;
  ekman: Json;
  emotions: Json;
  praise: number;
  churn_risk: number;
  effort: number;
  humour: number;
  urgency: number;
  escalation: string;
  triggers: Json;
  model_version: string;
  at: Ts;
  created_at: Ts;
}
export interface RulesTable {
  workspace_id: string;
  id: string;
  name: string;
  enabled: Flag;
  trigger: string;
  condition: Json;
  actions: Json;
  created_at: Ts;
  updated_at: Ts;
}
export interface CasesTable {
  workspace_id: string;
  id: string;
  reason: string;
  rule_id: string | null;
  customer_id: string | null;
  interaction_id: string | null;
  response_id: string | null;
  owner_id: string | null;
  team_id: string | null;
  priority: string;
  status: string;
  escalation_level: number;
  sla_due_at: Ts | null;
  first_action_at: Ts | null;
  resolved_at: Ts | null;
  closed_at: Ts | null;
  root_cause: string | null;
  outcome: string | null;
  /** The time of the oldest evidence item that still holds words (raw-text retention). */
  text_until: Ts | null;
  created_at: Ts;
  updated_at: Ts;
  /** Migration 0005: optimistic concurrency, escalation target, first SLA breach. */
  version: Generated<number>;
  escalated_to_id: string | null;
  sla_breached_at: Ts | null;
}
/** Migration 0020: a case's evidence, one row per item, oldest first by `seq`. */
export interface CaseEvidenceTable {
  workspace_id: string;
  case_id: string;
  seq: number;
  kind: string;
  item_id: string;
  data: Json;
}
export interface CaseEventsTable {
  workspace_id: string;
  case_id: string;
  seq: number;
  at: Ts;
  kind: string;
  actor_kind: string;
  actor_id: string;
  data: Json;
}
export interface PraiseTable {
  workspace_id: string;
  id: string;
  source: string;
  customer_id: string | null;
  interaction_id: string | null;
  response_id: string | null;
  text: string | null;
  created_by: string;
  created_at: Ts;
  /** Migration 0005: the signal the praise was read in. */
  signal_id: string | null;
}
export interface PraiseDeliveriesTable {
  workspace_id: string;
  praise_id: string;
  employee_id: string;
  level: number;
  via: string;
  passed_by: string | null;
  note: string | null;
  delivered_at: Ts;
}
export interface TasksTable {
  workspace_id: string;
  id: string;
  kind: string;
  customer_id: string | null;
  praise_id: string | null;
  case_id: string | null;
  assignee_id: string | null;
  status: string;
  due_at: Ts | null;
  completed_at: Ts | null;
  method: string | null;
  note: string | null;
  created_at: Ts;
  /** Migration 0005. */
  title: Generated<string>;
  interaction_id: string | null;
}
export interface EngagementEventsTable {
  workspace_id: string;
  customer_id: string;
  id: string;
  at: Ts;
  interaction_id: string | null;
  response_id: string | null;
  before: number;
  after: number;
  delta: number;
  reasons: Json;
  /** Migration 0018: the event's time when its reasons quote a signal's words (retention). */
  text_until: Ts | null;
}
export interface JobsTable {
  workspace_id: string;
  id: string;
  name: string;
  payload: Json;
  status: string;
  run_at: Ts;
  attempts: number;
  max_attempts: number;
  ordering_key: string | null;
  dedupe_key: string | null;
  locked_by: string | null;
  locked_until: Ts | null;
  last_error: string | null;
  created_at: Ts;
  updated_at: Ts;
  /** Insertion order (migration 0002): ordering keys run in it. */
  seq: Generated<number>;
  /** Claimed before lower ones (migration 0012; core's `jobPriority`). */
  priority: Generated<number>;
}
export interface WebhookEndpointsTable {
  workspace_id: string;
  id: string;
  url: string;
  secret: string;
  events: Json;
  enabled: Flag;
  created_at: Ts;
  /** Migration 0005. */
  description: string | null;
}
export interface WebhookDeliveriesTable {
  workspace_id: string;
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  payload: Json;
  status: string;
  attempts: number;
  response_status: number | null;
  last_error: string | null;
  created_at: Ts;
  delivered_at: Ts | null;
}
export interface IdempotencyKeysTable {
  workspace_id: string;
  key: string;
  request_hash: string;
  status: string;
  response_status: number | null;
  response_body: Json | null;
  created_at: Ts;
}
export interface InboundMessagesTable {
  workspace_id: string;
  channel: string;
  external_id: string;
  received_at: Ts;
  /** Migration 0004: the conversation it went to, and what it was answered. */
  invitation_id: string | null;
  reply: Json | null;
}
/** Messages sent in survey conversations (migration 0004): a retried job sends once. */
export interface OutboundMessagesTable {
  workspace_id: string;
  key: string;
  invitation_id: string;
  channel: string;
  to_address: string;
  text: string;
  provider_id: string | null;
  sent_at: Ts;
}
export interface AuditLogTable {
  workspace_id: string;
  id: string;
  at: Ts;
  actor_kind: string;
  actor_id: string;
  action: string;
  target_type: string;
  target_id: string | null;
  outcome: string;
  detail: Json;
}

/** One histogram per UTC day and dimension combination (see migration 0003). */
export interface MetricRollupsTable {
  workspace_id: string;
  metric: string;
  scope: string;
  day: string;
  survey_id: string;
  scale_min: number;
  scale_max: number;
  /** -1 when the metric has no top box. */
  top_box_min: number;
  channel: string;
  stage: string;
  team_id: string;
  agent_id: string;
  owner_id: string;
  segment: string;
  n: number;
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
  c7: number;
  c8: number;
  c9: number;
  c10: number;
}

/** Rate-limit counters shared by every instance (migration 0008); `_global` before sign-in. */
export interface RateLimitsTable {
  workspace_id: string;
  key: string;
  window_start: Ts;
  count: number;
}
/** A workspace's retention policy (migration 0008): raw text older than this is removed. */
export interface PrivacySettingsTable {
  workspace_id: string;
  raw_text_days: number | null;
  updated_at: Ts;
}

/** Roll-ups without the per-person dimensions, per day and per month (migration 0011). */
export interface MetricCubeTable extends Omit<MetricRollupsTable, 'day' | 'agent_id' | 'owner_id'> {
  /** 'day' or 'month'. */
  grain: string;
  /** The day (YYYY-MM-DD), or the month's first day. */
  period: string;
}

export interface Database {
  workspaces: WorkspacesTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  sessions: SessionsTable;
  teams: TeamsTable;
  employees: EmployeesTable;
  customers: CustomersTable;
  interactions: InteractionsTable;
  interaction_employees: InteractionEmployeesTable;
  messages: MessagesTable;
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
  invitations: InvitationsTable;
  responses: ResponsesTable;
  answers: AnswersTable;
  signals: SignalsTable;
  rules: RulesTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  case_evidence: CaseEvidenceTable;
  praise: PraiseTable;
  praise_deliveries: PraiseDeliveriesTable;
  tasks: TasksTable;
  engagement_events: EngagementEventsTable;
  jobs: JobsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  idempotency_keys: IdempotencyKeysTable;
  inbound_messages: InboundMessagesTable;
  outbound_messages: OutboundMessagesTable;
  audit_log: AuditLogTable;
  metric_rollups: MetricRollupsTable;
  rate_limits: RateLimitsTable;
  privacy_settings: PrivacySettingsTable;
  metric_cube: MetricCubeTable;
}
