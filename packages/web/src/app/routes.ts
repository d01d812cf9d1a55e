/** The screens of the app, their paths and who may open them. */
import type { Role } from '@rapport/contracts';

export type Screen =
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'interactions' }
  | { name: 'settings' }
  | { name: 'not-found' };

export function matchScreen(pathname: string): Screen {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'customers' };
  if (parts[0] === 'customers' && parts.length === 1) return { name: 'customers' };
  if (parts[0] === 'customers' && parts.length === 2 && parts[1])
    return { name: 'customer', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'interactions' && parts.length === 1) return { name: 'interactions' };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  return { name: 'not-found' };
}

export const paths = {
  customers: '/customers',
  customer: (id: string) => `/customers/${encodeURIComponent(id)}`,
  interactions: '/interactions',
  settings: '/settings',
  signIn: '/sign-in',
};

/** One entry of the main navigation, shown to the roles that may use its screen. */
export interface NavItem {
  screen: 'customers' | 'interactions' | 'settings';
  href: string;
  label: string;
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ['admin', 'analyst', 'manager', 'agent'];

/** Only screens that exist are listed; new screens add their entry here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { screen: 'customers', href: paths.customers, label: 'Customers', roles: EVERYONE },
  { screen: 'interactions', href: paths.interactions, label: 'Interactions', roles: EVERYONE },
  { screen: 'settings', href: paths.settings, label: 'Settings', roles: ['admin', 'analyst'] },
];

export const navFor = (role: Role): NavItem[] => NAV_ITEMS.filter((i) => i.roles.includes(role));

export function mayOpen(role: Role, screen: Screen): boolean {
  const item = NAV_ITEMS.find((i) => i.screen === screen.name);
  return item ? item.roles.includes(role) : true;
}
