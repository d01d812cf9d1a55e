/**
 * A typed client of Rapport's public API, for the web app, the CLI and tests. It is built on
 * fetch and typed from the same zod schemas the server validates with — as types only, so a
 * browser bundle that uses it carries no zod. `API_ROUTES` is the list of every call it makes;
 * e2e/client-contract.test.ts checks it against the server's OpenAPI document.
 */
import type { z } from 'zod';
import type { apiKey, apiKeyCreated, apiKeyInput, loginInput, me } from './auth.schema.ts';
import type { problem } from './common.schema.ts';
import type { customer, customerInput, customerListQuery } from './customers.schema.ts';
import type {
  employee,
  employeeInput,
  employeeListQuery,
  employeePatch,
  team,
  teamInput,
  teamPatch,
} from './employees.schema.ts';
import type {
  invitationCreated,
  invitationInput,
  response,
  responseAccepted,
  responseInput,
  responseListQuery,
  responseSubmission,
  survey,
  surveyInput,
  surveyListQuery,
  surveyPatch,
  surveyUpdated,
} from './feedback.schema.ts';
import type {
  BulkResult,
  interaction,
  interactionInput,
  interactionListQuery,
  interactionPatch,
} from './interactions.schema.ts';
import type {
  comparison,
  figure,
  metricCell,
  metricQuery,
  metricResult,
} from './metrics.schema.ts';
import type {
  customerJourneyResult,
  emotionMapQuery,
  emotionMapResult,
  engagementSettings,
  engagementSettingsPatch,
} from './journey.schema.ts';
import { ADMIN_ROUTES, adminCalls } from './client-admin.ts';
import { CHAIN_ROUTES, chainCalls } from './client-chain.ts';
import { CLOSED_LOOP_ROUTES, closedLoopCalls } from './client-closed-loop.ts';
import { DEMO_ROUTES, demoCalls } from './client-demo.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface RouteSpec {
  method: Method;
  /** OpenAPI-style path: `{id}` marks a path parameter. */
  path: string;
  /** The status of success. */
  ok: 200 | 201 | 202 | 204;
  /** Whether the call sends a body. */
  body?: true;
}

/** Every call the client makes. */
export const API_ROUTES = {
  login: { method: 'POST', path: '/api/v1/auth/login', ok: 200, body: true },
  logout: { method: 'POST', path: '/api/v1/auth/logout', ok: 204 },
  me: { method: 'GET', path: '/api/v1/me', ok: 200 },
  listCustomers: { method: 'GET', path: '/api/v1/customers', ok: 200 },
  getCustomer: { method: 'GET', path: '/api/v1/customers/{id}', ok: 200 },
  createCustomer: { method: 'POST', path: '/api/v1/customers', ok: 201, body: true },
  updateCustomer: { method: 'PATCH', path: '/api/v1/customers/{id}', ok: 200, body: true },
  deleteCustomer: { method: 'DELETE', path: '/api/v1/customers/{id}', ok: 204 },
  listEmployees: { method: 'GET', path: '/api/v1/employees', ok: 200 },
  getEmployee: { method: 'GET', path: '/api/v1/employees/{id}', ok: 200 },
  createEmployee: { method: 'POST', path: '/api/v1/employees', ok: 201, body: true },
  updateEmployee: { method: 'PATCH', path: '/api/v1/employees/{id}', ok: 200, body: true },
  deleteEmployee: { method: 'DELETE', path: '/api/v1/employees/{id}', ok: 204 },
  listTeams: { method: 'GET', path: '/api/v1/teams', ok: 200 },
  getTeam: { method: 'GET', path: '/api/v1/teams/{id}', ok: 200 },
  createTeam: { method: 'POST', path: '/api/v1/teams', ok: 201, body: true },
  updateTeam: { method: 'PATCH', path: '/api/v1/teams/{id}', ok: 200, body: true },
  listInteractions: { method: 'GET', path: '/api/v1/interactions', ok: 200 },
  getInteraction: { method: 'GET', path: '/api/v1/interactions/{id}', ok: 200 },
  createInteraction: { method: 'POST', path: '/api/v1/interactions', ok: 201, body: true },
  bulkInteractions: { method: 'POST', path: '/api/v1/interactions/bulk', ok: 200, body: true },
  updateInteraction: { method: 'PATCH', path: '/api/v1/interactions/{id}', ok: 200, body: true },
  deleteInteraction: { method: 'DELETE', path: '/api/v1/interactions/{id}', ok: 204 },
  listKeys: { method: 'GET', path: '/api/v1/keys', ok: 200 },
  createKey: { method: 'POST', path: '/api/v1/keys', ok: 201, body: true },
  revokeKey: { method: 'DELETE', path: '/api/v1/keys/{id}', ok: 204 },
  getSettings: { method: 'GET', path: '/api/v1/settings', ok: 200 },
  updateSettings: { method: 'PATCH', path: '/api/v1/settings', ok: 200, body: true },
  getMetric: { method: 'GET', path: '/api/v1/metrics/{metric}', ok: 200 },
  listSurveys: { method: 'GET', path: '/api/v1/surveys', ok: 200 },
  getSurvey: { method: 'GET', path: '/api/v1/surveys/{id}', ok: 200 },
  createSurvey: { method: 'POST', path: '/api/v1/surveys', ok: 201, body: true },
  updateSurvey: { method: 'PATCH', path: '/api/v1/surveys/{id}', ok: 200, body: true },
  getSurveyVersion: { method: 'GET', path: '/api/v1/surveys/{id}/versions/{version}', ok: 200 },
  setSurveyPublicLink: {
    method: 'POST',
    path: '/api/v1/surveys/{id}/public-link',
    ok: 200,
    body: true,
  },
  getSurveyFunnel: { method: 'GET', path: '/api/v1/surveys/{id}/funnel', ok: 200 },
  listResponses: { method: 'GET', path: '/api/v1/responses', ok: 200 },
  createResponse: { method: 'POST', path: '/api/v1/responses', ok: 201, body: true },
  acceptResponse: { method: 'POST', path: '/api/v1/responses', ok: 202, body: true },
  getResponseSubmission: { method: 'GET', path: '/api/v1/response-submissions/{id}', ok: 200 },
  getResponse: { method: 'GET', path: '/api/v1/responses/{id}', ok: 200 },
  createInvitation: { method: 'POST', path: '/api/v1/invitations', ok: 201, body: true },
  getEmotionMap: { method: 'GET', path: '/api/v1/journey/emotions', ok: 200 },
  getCustomerJourney: { method: 'GET', path: '/api/v1/customers/{id}/journey', ok: 200 },
  getEngagementSettings: { method: 'GET', path: '/api/v1/settings/engagement', ok: 200 },
  updateEngagementSettings: {
    method: 'PATCH',
    path: '/api/v1/settings/engagement',
    ok: 200,
    body: true,
  },
  ...CLOSED_LOOP_ROUTES,
  ...CHAIN_ROUTES,
  ...ADMIN_ROUTES,
  ...DEMO_ROUTES,
} as const satisfies Record<string, RouteSpec>;
export type RouteName = keyof typeof API_ROUTES;

// ---- Types of what goes in and out ----------------------------------------------------------
type Query<T extends z.ZodType> = Partial<z.output<T>>;
export type Page<T> = { items: T[]; nextCursor: string | null };
export type Me = z.output<typeof me>;
export type LoginBody = z.input<typeof loginInput>;
export type Customer = z.output<typeof customer>;
export type CustomerBody = z.input<typeof customerInput>;
export type CustomerQuery = Query<typeof customerListQuery>;
export type Employee = z.output<typeof employee>;
export type EmployeeBody = z.input<typeof employeeInput>;
export type EmployeePatchBody = z.input<typeof employeePatch>;
export type EmployeeQuery = Query<typeof employeeListQuery>;
export type Team = z.output<typeof team>;
export type TeamBody = z.input<typeof teamInput>;
export type TeamPatchBody = z.input<typeof teamPatch>;
export type Interaction = z.output<typeof interaction>;
export type InteractionMessage = Interaction['messages'][number];
export type InteractionBody = z.input<typeof interactionInput>;
export type InteractionPatchBody = z.input<typeof interactionPatch>;
export type InteractionQuery = Query<typeof interactionListQuery>;
export type Channel = Interaction['channel'];
export type Outcome = NonNullable<Interaction['outcome']>;
export type Expectation = NonNullable<Interaction['expectation']>;
export type Speaker = InteractionMessage['speaker'];
export type Role = Me['role'];
export type ApiKey = z.output<typeof apiKey>;
export type ApiKeyCreated = z.output<typeof apiKeyCreated>;
export type ApiKeyBody = z.input<typeof apiKeyInput>;
export type ProblemBody = z.output<typeof problem>;
/** The customer metrics of /api/v1/metrics/{metric}. */
export type CustomerMetric = 'nps' | 'csat' | 'ces' | 'expectations';
/** The metrics query as sent: `groupBy` is "a,b", `compare` is "true". */
export type MetricQuery = Partial<z.input<typeof metricQuery>>;
export type MetricResult = z.output<typeof metricResult>;
export type MetricCell = z.output<typeof metricCell>;
export type Figure = z.output<typeof figure>;
export type Comparison = z.output<typeof comparison>;
export type Survey = z.output<typeof survey>;
export type SurveyBody = z.input<typeof surveyInput>;
export type SurveyPatchBody = z.input<typeof surveyPatch>;
export type SurveyUpdated = z.output<typeof surveyUpdated>;
export type SurveyQuery = Query<typeof surveyListQuery>;
export type SurveyKind = Survey['kind'];
export type SurveyStatus = Survey['status'];
/** Invitations by status, and the responses, of one survey. */
export interface SurveyFunnel {
  surveyId: string;
  byStatus: Record<string, number>;
  responses: number;
}
export type SurveyResponse = z.output<typeof response>;
export type ResponseAccepted = z.output<typeof responseAccepted>;
export type ResponseSubmission = z.output<typeof responseSubmission>;
export type ResponseAnswer = SurveyResponse['answers'][number];
export type ResponseQuery = Query<typeof responseListQuery>;
export type ResponseBody = z.input<typeof responseInput>;
export type InvitationBody = z.input<typeof invitationInput>;
export type InvitationCreated = z.output<typeof invitationCreated>;
export type FieldError = NonNullable<ProblemBody['errors']>[number];
export type EmotionMapParams = Partial<z.input<typeof emotionMapQuery>>;
export type EmotionMap = z.output<typeof emotionMapResult>;
export type EmotionMapRow = EmotionMap['rows'][number];
export type CustomerJourney = z.output<typeof customerJourneyResult>;
export type JourneyTouchpoint = CustomerJourney['touchpoints'][number];
export type JourneySignal = JourneyTouchpoint['signals'][number];
export type EngagementReason = NonNullable<JourneyTouchpoint['engagement']>['reasons'][number];
export type EngagementSettings = z.output<typeof engagementSettings>;
export type EngagementSettingsBody = z.input<typeof engagementSettingsPatch>;

/** Workspace settings (GET/PATCH /api/v1/settings; the schema lives in the server's route). */
export interface WorkspaceSettings {
  journeyStages: string[];
  timezone: string;
  language: string;
  anonymityThreshold: number;
  minResponses: number;
  contactWindowDays: number;
  quietHours: { start: number; end: number };
}
/** The keys of WorkspaceSettings, for the contract test. */
export const WORKSPACE_SETTINGS_KEYS = [
  'journeyStages',
  'timezone',
  'language',
  'anonymityThreshold',
  'minResponses',
  'contactWindowDays',
  'quietHours',
] as const satisfies ReadonlyArray<keyof WorkspaceSettings>;

// ---- Errors ---------------------------------------------------------------------------------
/** A failed call: the server's problem+json, or a stand-in when there was none (network). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly FieldError[];
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    p: Partial<ProblemBody> & { detail: string },
    retryAfterSeconds: number | null = null,
  ) {
    super(p.detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = p.code ?? (status === 0 ? 'network' : 'http_error');
    this.title = p.title ?? (status === 0 ? 'Network error' : `HTTP ${status}`);
    this.detail = p.detail;
    this.errors = p.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The message for one field (`name`, `query.limit`, `transcript[0].text`…), if it failed. */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

function isProblem(v: unknown): v is Partial<ProblemBody> & { detail: string } {
  return (
    typeof v === 'object' && v !== null && typeof (v as { detail?: unknown }).detail === 'string'
  );
}

async function toApiError(res: Response): Promise<ApiError> {
  const retry = Number(res.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null;
  const text = await res.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (isProblem(body)) {
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(
          (e): e is FieldError =>
            typeof e === 'object' &&
            e !== null &&
            typeof e.field === 'string' &&
            typeof e.message === 'string',
        )
      : [];
    return new ApiError(res.status, { ...body, errors }, retryAfter);
  }
  const detail =
    res.status >= 500
      ? `The server failed (HTTP ${res.status}). Try again in a moment.`
      : `The request failed (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}).`;
  return new ApiError(res.status, { detail }, retryAfter);
}

// ---- The client -----------------------------------------------------------------------------
export interface ClientOptions {
  /** Origin of the API; '' (the default) means the page's own origin. */
  baseUrl?: string;
  /** An API key (`rk.…`) for server-side callers; browsers use the session cookie instead. */
  apiKey?: string;
  /** The CSRF token sent on writes; by default the `rapport_csrf` cookie of the page. */
  csrfToken?: () => string | null | undefined;
  fetch?: typeof fetch;
  /** Told of every failed call (the web app signs out on 401). */
  onError?: (error: ApiError, route: RouteName) => void;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Makes a create safe to retry: the server runs it once and replays the answer. */
  idempotencyKey?: string;
}

interface Request {
  params?: Record<string, string>;
  headers?: Record<string, string>;
  query?: object;
  body?: unknown;
  contentType?: string;
}

export const CSRF_COOKIE = 'rapport_csrf';

/** Reads a cookie of the current page (undefined outside a browser). */
export function readCookie(name: string): string | undefined {
  const doc = (globalThis as { document?: { cookie?: string } }).document;
  for (const part of (doc?.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function queryString(query: object | undefined): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.append(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

export function createClient(options: ClientOptions = {}) {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const csrf = options.csrfToken ?? (() => readCookie(CSRF_COOKIE));

  async function call<T>(name: RouteName, req: Request = {}, opts: CallOptions = {}): Promise<T> {
    const route: RouteSpec = API_ROUTES[name];
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
    if (route.method !== 'GET') {
      const token = csrf();
      if (token) headers['x-csrf-token'] = token;
    }
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
    Object.assign(headers, req.headers);
    let body: string | undefined;
    if (req.body !== undefined) {
      headers['content-type'] = req.contentType ?? 'application/json';
      body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    }
    const url = `${baseUrl}${fillPath(route.path, req.params)}${queryString(req.query)}`;
    let res: Response;
    try {
      res = await doFetch(url, {
        method: route.method,
        headers,
        body,
        credentials: 'same-origin',
        signal: opts.signal,
      });
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      const err = new ApiError(0, {
        detail: 'Could not reach the server. Check your connection and try again.',
      });
      options.onError?.(err, name);
      throw err;
    }
    if (!res.ok) {
      const err = await toApiError(res);
      options.onError?.(err, name);
      throw err;
    }
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  const byId = (id: string) => ({ params: { id } });

  return {
    auth: {
      login: (body: LoginBody, o?: CallOptions) => call<Me>('login', { body }, o),
      logout: (o?: CallOptions) => call<void>('logout', {}, o),
      me: (o?: CallOptions) => call<Me>('me', {}, o),
    },
    customers: {
      list: (query: CustomerQuery = {}, o?: CallOptions) =>
        call<Page<Customer>>('listCustomers', { query }, o),
      get: (id: string, o?: CallOptions) => call<Customer>('getCustomer', byId(id), o),
      create: (body: CustomerBody, o?: CallOptions) =>
        call<Customer>('createCustomer', { body }, o),
      update: (id: string, body: CustomerBody, o?: CallOptions) =>
        call<Customer>('updateCustomer', { ...byId(id), body }, o),
      delete: (id: string, o?: CallOptions) => call<void>('deleteCustomer', byId(id), o),
    },
    employees: {
      list: (query: EmployeeQuery = {}, o?: CallOptions) =>
        call<Page<Employee>>('listEmployees', { query }, o),
      get: (id: string, o?: CallOptions) => call<Employee>('getEmployee', byId(id), o),
      create: (body: EmployeeBody, o?: CallOptions) =>
        call<Employee>('createEmployee', { body }, o),
      update: (id: string, body: EmployeePatchBody, o?: CallOptions) =>
        call<Employee>('updateEmployee', { ...byId(id), body }, o),
      delete: (id: string, o?: CallOptions) => call<void>('deleteEmployee', byId(id), o),
    },
    teams: {
      list: (o?: CallOptions) => call<{ items: Team[] }>('listTeams', {}, o),
      get: (id: string, o?: CallOptions) => call<Team>('getTeam', byId(id), o),
      create: (body: TeamBody, o?: CallOptions) => call<Team>('createTeam', { body }, o),
      update: (id: string, body: TeamPatchBody, o?: CallOptions) =>
        call<Team>('updateTeam', { ...byId(id), body }, o),
    },
    interactions: {
      list: (query: InteractionQuery = {}, o?: CallOptions) =>
        call<Page<Interaction>>('listInteractions', { query }, o),
      get: (id: string, o?: CallOptions) => call<Interaction>('getInteraction', byId(id), o),
      create: (body: InteractionBody, o?: CallOptions) =>
        call<Interaction>('createInteraction', { body }, o),
      /** NDJSON: one interaction per line; each line accepted or rejected on its own. */
      bulk: (ndjson: string, o?: CallOptions) =>
        call<BulkResult>(
          'bulkInteractions',
          { body: ndjson, contentType: 'application/x-ndjson' },
          o,
        ),
      update: (id: string, body: InteractionPatchBody, o?: CallOptions) =>
        call<Interaction>('updateInteraction', { ...byId(id), body }, o),
      delete: (id: string, o?: CallOptions) => call<void>('deleteInteraction', byId(id), o),
    },
    keys: {
      list: (o?: CallOptions) => call<{ items: ApiKey[] }>('listKeys', {}, o),
      create: (body: ApiKeyBody, o?: CallOptions) => call<ApiKeyCreated>('createKey', { body }, o),
      revoke: (id: string, o?: CallOptions) => call<void>('revokeKey', byId(id), o),
    },
    settings: {
      get: (o?: CallOptions) => call<WorkspaceSettings>('getSettings', {}, o),
      update: (body: Partial<WorkspaceSettings>, o?: CallOptions) =>
        call<WorkspaceSettings>('updateSettings', { body }, o),
    },
    metrics: {
      /** One metric: overall and grouped figures, each with n and interval; a comparison. */
      get: (metric: CustomerMetric, query: MetricQuery = {}, o?: CallOptions) =>
        call<MetricResult>('getMetric', { params: { metric }, query }, o),
    },
    surveys: {
      list: (query: SurveyQuery = {}, o?: CallOptions) =>
        call<{ items: Survey[] }>('listSurveys', { query }, o),
      get: (id: string, o?: CallOptions) => call<Survey>('getSurvey', byId(id), o),
      create: (body: SurveyBody, o?: CallOptions) => call<Survey>('createSurvey', { body }, o),
      /** A live survey's edited definition becomes a new version; old responses keep theirs. */
      update: (id: string, body: SurveyPatchBody, o?: CallOptions) =>
        call<SurveyUpdated>('updateSurvey', { ...byId(id), body }, o),
      version: (id: string, version: number, o?: CallOptions) =>
        call<Record<string, unknown>>(
          'getSurveyVersion',
          { params: { id, version: String(version) } },
          o,
        ),
      /** Turns the public link on (a new URL, shown once) or off. */
      setPublicLink: (id: string, enabled: boolean, o?: CallOptions) =>
        call<{ url: string | null }>('setSurveyPublicLink', { ...byId(id), body: { enabled } }, o),
      funnel: (id: string, o?: CallOptions) => call<SurveyFunnel>('getSurveyFunnel', byId(id), o),
    },
    responses: {
      list: (query: ResponseQuery = {}, o?: CallOptions) =>
        call<Page<SurveyResponse>>('listResponses', { query }, o),
      get: (id: string, o?: CallOptions) => call<SurveyResponse>('getResponse', byId(id), o),
      /** Answers from elsewhere (your own survey tool, an import). */
      create: (body: ResponseBody, o?: CallOptions) =>
        call<SurveyResponse>('createResponse', { body }, o),
      /**
       * Stored now, recorded by the worker moments later (`Prefer: respond-async`): the ids, or
       * the stored response itself for a pulse (never queued).
       */
      accept: (body: ResponseBody, o?: CallOptions) =>
        call<ResponseAccepted | SurveyResponse>(
          'acceptResponse',
          { body, headers: { prefer: 'respond-async' } },
          o,
        ),
      /** A response accepted for later: queued, stored, or failed and why. */
      submission: (id: string, o?: CallOptions) =>
        call<ResponseSubmission>('getResponseSubmission', byId(id), o),
    },
    journey: {
      /** Journey stage × emotion (Ekman groups and sentiment), shares with n per cell. */
      emotions: (query: EmotionMapParams = {}, o?: CallOptions) =>
        call<EmotionMap>('getEmotionMap', { query }, o),
      /** A customer's touchpoints in order, each text's emotions, engagement before and after. */
      customer: (id: string, query: { limit?: number } = {}, o?: CallOptions) =>
        call<CustomerJourney>('getCustomerJourney', { ...byId(id), query }, o),
      engagementSettings: (o?: CallOptions) =>
        call<EngagementSettings>('getEngagementSettings', {}, o),
      updateEngagementSettings: (body: EngagementSettingsBody, o?: CallOptions) =>
        call<EngagementSettings>('updateEngagementSettings', { body }, o),
    },
    invitations: {
      create: (body: InvitationBody, o?: CallOptions) =>
        call<InvitationCreated>('createInvitation', { body }, o),
    },
    ...closedLoopCalls(call),
    ...chainCalls(call),
    ...adminCalls(call),
    ...demoCalls(call),
  };
}

export type ApiClient = ReturnType<typeof createClient>;
