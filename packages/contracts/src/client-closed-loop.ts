/**
 * The typed client's closed-loop calls: cases (list, get, change, notes, close, bulk assign,
 * metrics), closed-loop settings, rules (CRUD and dry run), praise and its follow-up tasks,
 * webhooks with their delivery log. Types only from zod (no zod in a browser bundle).
 * client.ts spreads the routes into API_ROUTES and the calls into the client.
 */
import type { z } from 'zod';
import type {
  caseAssign,
  caseAssignees,
  caseClose,
  caseDetail,
  caseDto,
  caseEvent,
  caseInput,
  caseListQuery,
  caseMetrics,
  caseMetricsQuery,
  caseNote,
  casePatch,
  closedLoopSettings,
  evidence,
} from './cases.schema.ts';
import type {
  praise,
  praiseCounts,
  praiseDelivery,
  praiseFeedQuery,
  praiseInput,
  praisePass,
  task,
  taskComplete,
  taskListQuery,
  taskPatch,
} from './praise.schema.ts';
import type { dryRunResult, rule, ruleInput, ruleListQuery, rulePatch } from './rules.schema.ts';
import type {
  webhookCreated,
  webhookDelivery,
  webhookDeliveryQuery,
  webhookEndpoint,
  webhookInput,
  webhookPatch,
} from './webhooks.schema.ts';
import type { CallOptions, Page } from './client.ts';

export const CLOSED_LOOP_ROUTES = {
  listCases: { method: 'GET', path: '/api/v1/cases', ok: 200 },
  createCase: { method: 'POST', path: '/api/v1/cases', ok: 201, body: true },
  getCase: { method: 'GET', path: '/api/v1/cases/{id}', ok: 200 },
  updateCase: { method: 'PATCH', path: '/api/v1/cases/{id}', ok: 200, body: true },
  addCaseNote: { method: 'POST', path: '/api/v1/cases/{id}/notes', ok: 201, body: true },
  closeCase: { method: 'POST', path: '/api/v1/cases/{id}/close', ok: 200, body: true },
  assignCases: { method: 'POST', path: '/api/v1/cases/assign', ok: 200, body: true },
  getCaseMetrics: { method: 'GET', path: '/api/v1/cases/metrics', ok: 200 },
  getCaseAssignees: { method: 'GET', path: '/api/v1/cases/assignees', ok: 200 },
  getClosedLoopSettings: { method: 'GET', path: '/api/v1/settings/closed-loop', ok: 200 },
  updateClosedLoopSettings: {
    method: 'PATCH',
    path: '/api/v1/settings/closed-loop',
    ok: 200,
    body: true,
  },
  listRules: { method: 'GET', path: '/api/v1/rules', ok: 200 },
  getRule: { method: 'GET', path: '/api/v1/rules/{id}', ok: 200 },
  createRule: { method: 'POST', path: '/api/v1/rules', ok: 201, body: true },
  updateRule: { method: 'PATCH', path: '/api/v1/rules/{id}', ok: 200, body: true },
  deleteRule: { method: 'DELETE', path: '/api/v1/rules/{id}', ok: 204 },
  dryRunRule: { method: 'POST', path: '/api/v1/rules/dry-run', ok: 200, body: true },
  dryRunStoredRule: { method: 'POST', path: '/api/v1/rules/{id}/dry-run', ok: 200 },
  listPraise: { method: 'GET', path: '/api/v1/praise', ok: 200 },
  getPraise: { method: 'GET', path: '/api/v1/praise/{id}', ok: 200 },
  createPraise: { method: 'POST', path: '/api/v1/praise', ok: 201, body: true },
  passPraise: { method: 'POST', path: '/api/v1/praise/{id}/pass', ok: 200, body: true },
  getPraiseCounts: { method: 'GET', path: '/api/v1/praise/counts', ok: 200 },
  listTasks: { method: 'GET', path: '/api/v1/tasks', ok: 200 },
  getTask: { method: 'GET', path: '/api/v1/tasks/{id}', ok: 200 },
  updateTask: { method: 'PATCH', path: '/api/v1/tasks/{id}', ok: 200, body: true },
  completeTask: { method: 'POST', path: '/api/v1/tasks/{id}/complete', ok: 200, body: true },
  listWebhooks: { method: 'GET', path: '/api/v1/webhooks', ok: 200 },
  getWebhook: { method: 'GET', path: '/api/v1/webhooks/{id}', ok: 200 },
  createWebhook: { method: 'POST', path: '/api/v1/webhooks', ok: 201, body: true },
  updateWebhook: { method: 'PATCH', path: '/api/v1/webhooks/{id}', ok: 200, body: true },
  deleteWebhook: { method: 'DELETE', path: '/api/v1/webhooks/{id}', ok: 204 },
  rotateWebhookSecret: { method: 'POST', path: '/api/v1/webhooks/{id}/rotate-secret', ok: 200 },
  listWebhookDeliveries: { method: 'GET', path: '/api/v1/webhooks/{id}/deliveries', ok: 200 },
} as const;
type LoopRoute = keyof typeof CLOSED_LOOP_ROUTES;

// ---- Types ----------------------------------------------------------------------------------
export type Case = z.output<typeof caseDto>;
export type CaseDetail = z.output<typeof caseDetail>;
export type CaseEvent = z.output<typeof caseEvent>;
export type CaseEvidence = z.output<typeof evidence>;
export type CaseStatus = Case['status'];
export type CasePriority = Case['priority'];
export type CaseOutcome = NonNullable<Case['outcome']>;
export type SlaState = Case['slaState'];
/** The list query as sent: `status` is one or more statuses, comma-separated. */
export type CaseQuery = Partial<z.input<typeof caseListQuery>>;
export type CaseBody = z.input<typeof caseInput>;
export type CasePatchBody = z.input<typeof casePatch>;
export type CaseNoteBody = z.input<typeof caseNote>;
export type CaseCloseBody = z.input<typeof caseClose>;
export type CaseAssignBody = z.input<typeof caseAssign>;
export type CaseAssignees = z.output<typeof caseAssignees>;
export type CaseMetrics = z.output<typeof caseMetrics>;
export type CaseMetricsQuery = Partial<z.input<typeof caseMetricsQuery>>;
export type CaseFigures = CaseMetrics['overall'];
export type ClosedLoopSettings = z.output<typeof closedLoopSettings>;
export type ClosedLoopSettingsBody = Partial<z.input<typeof closedLoopSettings>>;
export type Rule = z.output<typeof rule>;
export type RuleTrigger = Rule['trigger'];
export type RuleBody = z.input<typeof ruleInput>;
export type RulePatchBody = z.input<typeof rulePatch>;
export type RuleQuery = Partial<z.input<typeof ruleListQuery>>;
export type DryRunResult = z.output<typeof dryRunResult>;
export type DryRunMatch = DryRunResult['matches'][number];
export type Praise = z.output<typeof praise>;
export type PraiseDelivery = z.output<typeof praiseDelivery>;
export type PraiseBody = z.input<typeof praiseInput>;
export type PraisePassBody = NonNullable<z.input<typeof praisePass>>;
export type PraiseQuery = Partial<z.input<typeof praiseFeedQuery>>;
export type PraiseCounts = z.output<typeof praiseCounts>;
export type FollowUpTask = z.output<typeof task>;
export type TaskMethod = NonNullable<FollowUpTask['method']>;
export type TaskQuery = Partial<z.input<typeof taskListQuery>>;
export type TaskPatchBody = z.input<typeof taskPatch>;
export type TaskCompleteBody = z.input<typeof taskComplete>;
export type WebhookEndpoint = z.output<typeof webhookEndpoint>;
export type WebhookCreated = z.output<typeof webhookCreated>;
export type WebhookBody = z.input<typeof webhookInput>;
export type WebhookPatchBody = z.input<typeof webhookPatch>;
export type WebhookDelivery = z.output<typeof webhookDelivery>;
export type WebhookDeliveryQuery = Partial<z.input<typeof webhookDeliveryQuery>>;

// ---- Calls ----------------------------------------------------------------------------------
interface Req {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
}
type Call = <T>(name: LoopRoute, req?: Req, o?: CallOptions) => Promise<T>;

export function closedLoopCalls(call: Call) {
  const byId = (id: string) => ({ params: { id } });
  return {
    cases: {
      /** Newest first; `ownerId` finds cases owned by, or escalated to, that employee. */
      list: (query: CaseQuery = {}, o?: CallOptions) => call<Page<Case>>('listCases', { query }, o),
      get: (id: string, o?: CallOptions) => call<CaseDetail>('getCase', byId(id), o),
      create: (body: CaseBody, o?: CallOptions) => call<Case>('createCase', { body }, o),
      /** Status (not closed: use close), owner, priority. */
      update: (id: string, body: CasePatchBody, o?: CallOptions) =>
        call<Case>('updateCase', { ...byId(id), body }, o),
      addNote: (id: string, body: CaseNoteBody, o?: CallOptions) =>
        call<Case>('addCaseNote', { ...byId(id), body }, o),
      close: (id: string, body: CaseCloseBody, o?: CallOptions) =>
        call<Case>('closeCase', { ...byId(id), body }, o),
      assign: (body: CaseAssignBody, o?: CallOptions) =>
        call<{ items: Case[] }>('assignCases', { body }, o),
      /** Time to first action and to close, SLA kept, recovery rate — overall and per group. */
      metrics: (query: CaseMetricsQuery = {}, o?: CallOptions) =>
        call<CaseMetrics>('getCaseMetrics', { query }, o),
      /** To whom the caller may assign a case or a task (and whether to nobody). */
      assignees: (o?: CallOptions) => call<CaseAssignees>('getCaseAssignees', {}, o),
    },
    closedLoop: {
      get: (o?: CallOptions) => call<ClosedLoopSettings>('getClosedLoopSettings', {}, o),
      update: (body: ClosedLoopSettingsBody, o?: CallOptions) =>
        call<ClosedLoopSettings>('updateClosedLoopSettings', { body }, o),
    },
    rules: {
      list: (query: RuleQuery = {}, o?: CallOptions) =>
        call<{ items: Rule[] }>('listRules', { query }, o),
      get: (id: string, o?: CallOptions) => call<Rule>('getRule', byId(id), o),
      create: (body: RuleBody, o?: CallOptions) => call<Rule>('createRule', { body }, o),
      update: (id: string, body: RulePatchBody, o?: CallOptions) =>
        call<Rule>('updateRule', { ...byId(id), body }, o),
      delete: (id: string, o?: CallOptions) => call<void>('deleteRule', byId(id), o),
      /** What a rule (not saved) would have matched over the last 30 days. */
      dryRun: (body: RuleBody, o?: CallOptions) => call<DryRunResult>('dryRunRule', { body }, o),
      dryRunStored: (id: string, o?: CallOptions) =>
        call<DryRunResult>('dryRunStoredRule', byId(id), o),
    },
    praise: {
      /** The recognition feed: praise about an employee (`employeeId`) or a team, newest first. */
      list: (query: PraiseQuery = {}, o?: CallOptions) =>
        call<Page<Praise>>('listPraise', { query }, o),
      get: (id: string, o?: CallOptions) => call<Praise>('getPraise', byId(id), o),
      create: (body: PraiseBody, o?: CallOptions) => call<Praise>('createPraise', { body }, o),
      /** Passes praise one level up, to the caller's own manager, with a note. */
      pass: (id: string, body: PraisePassBody = {}, o?: CallOptions) =>
        call<Praise>('passPraise', { ...byId(id), body }, o),
      counts: (employeeId: string, o?: CallOptions) =>
        call<PraiseCounts>('getPraiseCounts', { query: { employeeId } }, o),
    },
    tasks: {
      list: (query: TaskQuery = {}, o?: CallOptions) =>
        call<Page<FollowUpTask>>('listTasks', { query }, o),
      get: (id: string, o?: CallOptions) => call<FollowUpTask>('getTask', byId(id), o),
      update: (id: string, body: TaskPatchBody, o?: CallOptions) =>
        call<FollowUpTask>('updateTask', { ...byId(id), body }, o),
      complete: (id: string, body: TaskCompleteBody, o?: CallOptions) =>
        call<FollowUpTask>('completeTask', { ...byId(id), body }, o),
    },
    webhooks: {
      list: (o?: CallOptions) => call<{ items: WebhookEndpoint[] }>('listWebhooks', {}, o),
      get: (id: string, o?: CallOptions) => call<WebhookEndpoint>('getWebhook', byId(id), o),
      /** The signing secret is in this answer only. */
      create: (body: WebhookBody, o?: CallOptions) =>
        call<WebhookCreated>('createWebhook', { body }, o),
      update: (id: string, body: WebhookPatchBody, o?: CallOptions) =>
        call<WebhookEndpoint>('updateWebhook', { ...byId(id), body }, o),
      delete: (id: string, o?: CallOptions) => call<void>('deleteWebhook', byId(id), o),
      rotateSecret: (id: string, o?: CallOptions) =>
        call<WebhookCreated>('rotateWebhookSecret', byId(id), o),
      deliveries: (id: string, query: WebhookDeliveryQuery = {}, o?: CallOptions) =>
        call<Page<WebhookDelivery>>('listWebhookDeliveries', { ...byId(id), query }, o),
    },
  };
}
