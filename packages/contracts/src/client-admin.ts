/**
 * The typed client's administration calls: users and roles (admins), changing one's own
 * password, and the SMS and e-mail channels (the SMS auth token is write-only).
 */
import type { z } from 'zod';
import type { channelSettings, channelSettingsPatch } from './channels.schema.ts';
import type { passwordChange, user, userInput, userPatch } from './security.schema.ts';
import type { CallOptions, Me, Page } from './client.ts';

export const ADMIN_ROUTES = {
  listUsers: { method: 'GET', path: '/api/v1/users', ok: 200 },
  getUser: { method: 'GET', path: '/api/v1/users/{id}', ok: 200 },
  createUser: { method: 'POST', path: '/api/v1/users', ok: 201, body: true },
  updateUser: { method: 'PATCH', path: '/api/v1/users/{id}', ok: 200, body: true },
  changePassword: { method: 'POST', path: '/api/v1/me/password', ok: 200, body: true },
  getChannelSettings: { method: 'GET', path: '/api/v1/settings/channels', ok: 200 },
  updateChannelSettings: { method: 'PUT', path: '/api/v1/settings/channels', ok: 200, body: true },
} as const;
type AdminRoute = keyof typeof ADMIN_ROUTES;

export type User = z.output<typeof user>;
export type UserBody = z.input<typeof userInput>;
export type UserPatchBody = z.input<typeof userPatch>;
export type PasswordChangeBody = z.input<typeof passwordChange>;
export type ChannelSettings = z.output<typeof channelSettings>;
export type ChannelSettingsBody = z.input<typeof channelSettingsPatch>;

interface Req {
  params?: Record<string, string>;
  body?: unknown;
}
type Call = <T>(name: AdminRoute, req?: Req, o?: CallOptions) => Promise<T>;

export function adminCalls(call: Call) {
  const byId = (id: string) => ({ params: { id } });
  return {
    users: {
      list: (o?: CallOptions) => call<Page<User>>('listUsers', {}, o),
      get: (id: string, o?: CallOptions) => call<User>('getUser', byId(id), o),
      create: (body: UserBody, o?: CallOptions) => call<User>('createUser', { body }, o),
      /** Rename, change role or employee, disable/enable, reset the password. */
      update: (id: string, body: UserPatchBody, o?: CallOptions) =>
        call<User>('updateUser', { ...byId(id), body }, o),
      /** Ends the user's other sessions and starts a new one here. */
      changePassword: (body: PasswordChangeBody, o?: CallOptions) =>
        call<Me>('changePassword', { body }, o),
    },
    channels: {
      get: (o?: CallOptions) => call<ChannelSettings>('getChannelSettings', {}, o),
      /** Leave `sms.authToken` out to keep the stored one; null turns a channel off. */
      update: (body: ChannelSettingsBody, o?: CallOptions) =>
        call<ChannelSettings>('updateChannelSettings', { body }, o),
    },
  };
}
