import { DomainError } from '../errors/domain-error.ts';

export const ROLES = ['admin', 'analyst', 'manager', 'agent'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in user, an API key, or the system itself (worker, demo). */
export interface Actor {
  kind: 'user' | 'api_key' | 'system';
  id: string;
  role: Role;
  workspaceId: string;
  /** The employee a user is, when the user is one (agents and managers): scopes what they see. */
  employeeId: string | null;
}

/** Every service call carries its workspace and actor; nothing crosses workspaces. */
export interface Ctx {
  workspaceId: string;
  actor: Actor;
}

export type Action =
  | 'customers:read'
  | 'customers:write'
  | 'customers:delete'
  | 'employees:read'
  | 'employees:write'
  | 'interactions:read'
  | 'interactions:write'
  | 'interactions:delete'
  | 'surveys:read'
  | 'surveys:write'
  | 'responses:read'
  | 'responses:write'
  | 'metrics:read'
  | 'rules:read'
  | 'rules:write'
  | 'cases:read'
  | 'cases:write'
  | 'praise:read'
  | 'praise:write'
  | 'settings:read'
  | 'settings:write'
  | 'keys:manage'
  | 'users:manage'
  | 'privacy:export'
  | 'privacy:erase'
  | 'audit:read';

const ALL: readonly Role[] = ROLES;
const STAFF: readonly Role[] = ['admin', 'analyst', 'manager'];
const ADMIN: readonly Role[] = ['admin'];

const PERMISSIONS: Record<Action, readonly Role[]> = {
  'customers:read': ALL,
  'customers:write': ALL,
  'customers:delete': ADMIN,
  'employees:read': ALL,
  'employees:write': ADMIN,
  'interactions:read': ALL,
  'interactions:write': ALL,
  'interactions:delete': ADMIN,
  'surveys:read': ALL,
  'surveys:write': ['admin', 'analyst'],
  'responses:read': ALL,
  'responses:write': ALL,
  'metrics:read': ALL,
  'rules:read': STAFF,
  'rules:write': ['admin', 'analyst'],
  'cases:read': ALL,
  'cases:write': ALL,
  'praise:read': ALL,
  'praise:write': ALL,
  'settings:read': ALL,
  'settings:write': ADMIN,
  'keys:manage': ADMIN,
  'users:manage': ADMIN,
  'privacy:export': ADMIN,
  'privacy:erase': ADMIN,
  'audit:read': ADMIN,
};

export function can(actor: Actor, action: Action): boolean {
  return PERMISSIONS[action].includes(actor.role);
}

/** Throws `forbidden` unless the actor's role allows the action. */
export function authorize(ctx: Ctx, action: Action): void {
  if (!can(ctx.actor, action)) {
    throw new DomainError(
      'forbidden',
      `The ${ctx.actor.role} role may not ${action.replace(':', ' ')}.`,
    );
  }
}

export function systemActor(workspaceId: string): Actor {
  return { kind: 'system', id: 'system', role: 'admin', workspaceId, employeeId: null };
}

export function systemCtx(workspaceId: string): Ctx {
  return { workspaceId, actor: systemActor(workspaceId) };
}
