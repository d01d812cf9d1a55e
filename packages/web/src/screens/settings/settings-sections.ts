/** The sections of the settings screen and who sees each (the API decides who may change what). */
import type { Role } from '@rapport/contracts';

export type SettingsSection =
  'workspace' | 'rules' | 'closed-loop' | 'webhooks' | 'channels' | 'users' | 'password';

export const SECTION_LABELS: Record<SettingsSection, string> = {
  workspace: 'Workspace',
  rules: 'Rules',
  'closed-loop': 'Closed loop',
  webhooks: 'Webhooks',
  channels: 'Channels',
  users: 'Users and roles',
  password: 'Your password',
};

const FOR: Record<SettingsSection, readonly Role[]> = {
  workspace: ['admin', 'analyst'],
  rules: ['admin', 'analyst'],
  'closed-loop': ['admin', 'analyst'],
  webhooks: ['admin', 'analyst'],
  channels: ['admin', 'analyst'],
  users: ['admin'],
  password: ['admin', 'analyst', 'manager', 'agent'],
};

export const sectionsFor = (role: Role): SettingsSection[] =>
  (Object.keys(FOR) as SettingsSection[]).filter((s) => FOR[s].includes(role));

export function sectionFromSearch(search: URLSearchParams, role: Role): SettingsSection {
  const wanted = search.get('section');
  const mine = sectionsFor(role);
  return mine.find((s) => s === wanted) ?? mine[0] ?? 'password';
}
