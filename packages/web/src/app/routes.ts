/** The screens of the app, their paths and who may open them. */
import type { Role } from '@rapport/contracts';

export type Screen =
  | { name: 'overview' }
  | { name: 'responses' }
  | { name: 'surveys' }
  | { name: 'survey'; id: string }
  | { name: 'survey-new' }
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'interactions' }
  | { name: 'journey' }
  | { name: 'settings' }
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'praise' }
  | { name: 'chain' }
  | { name: 'not-found' };

export function matchScreen(pathname: string): Screen {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'overview' };
  if (parts[0] === 'overview' && parts.length === 1) return { name: 'overview' };
  if (parts[0] === 'overview' && parts[1] === 'responses' && parts.length === 2)
    return { name: 'responses' };
  if (parts[0] === 'surveys' && parts.length === 1) return { name: 'surveys' };
  if (parts[0] === 'surveys' && parts[1] === 'new' && parts.length === 2)
    return { name: 'survey-new' };
  if (parts[0] === 'surveys' && parts.length === 2 && parts[1])
    return { name: 'survey', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'customers' && parts.length === 1) return { name: 'customers' };
  if (parts[0] === 'customers' && parts.length === 2 && parts[1])
    return { name: 'customer', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'interactions' && parts.length === 1) return { name: 'interactions' };
  if (parts[0] === 'journey' && parts.length === 1) return { name: 'journey' };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  if (parts[0] === 'cases' && parts.length === 1) return { name: 'cases' };
  if (parts[0] === 'cases' && parts.length === 2 && parts[1])
    return { name: 'case', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'praise' && parts.length === 1) return { name: 'praise' };
  if (parts[0] === 'chain' && parts.length === 1) return { name: 'chain' };
  return { name: 'not-found' };
}

export const paths = {
  overview: '/overview',
  responses: '/overview/responses',
  surveys: '/surveys',
  survey: (id: string) => `/surveys/${encodeURIComponent(id)}`,
  surveyNew: '/surveys/new',
  customers: '/customers',
  customer: (id: string) => `/customers/${encodeURIComponent(id)}`,
  interactions: '/interactions',
  journey: '/journey',
  settings: '/settings',
  cases: '/cases',
  case: (id: string) => `/cases/${encodeURIComponent(id)}`,
  praise: '/praise',
  chain: '/chain',
  signIn: '/sign-in',
};

/** One entry of the main navigation, shown to the roles that may use its screen. */
export interface NavItem {
  screen:
    | 'overview'
    | 'surveys'
    | 'customers'
    | 'interactions'
    | 'journey'
    | 'settings'
    | 'cases'
    | 'praise'
    | 'chain';
  href: string;
  label: string;
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ['admin', 'analyst', 'manager', 'agent'];

/** Only screens that exist are listed; new screens add their entry here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { screen: 'overview', href: paths.overview, label: 'Overview', roles: EVERYONE },
  { screen: 'journey', href: paths.journey, label: 'Journey', roles: EVERYONE },
  { screen: 'cases', href: paths.cases, label: 'Cases', roles: EVERYONE },
  { screen: 'praise', href: paths.praise, label: 'Praise', roles: EVERYONE },
  {
    screen: 'chain',
    href: paths.chain,
    label: 'The chain',
    roles: ['admin', 'analyst', 'manager'],
  },
  { screen: 'customers', href: paths.customers, label: 'Customers', roles: EVERYONE },
  { screen: 'interactions', href: paths.interactions, label: 'Interactions', roles: EVERYONE },
  { screen: 'surveys', href: paths.surveys, label: 'Surveys', roles: ['admin', 'analyst'] },
  // Every role has its own password there; managers and agents see only that section.
  { screen: 'settings', href: paths.settings, label: 'Settings', roles: EVERYONE },
];

/** The nav entry a screen belongs to (a survey's page is under Surveys). */
export function navScreenOf(screen: Screen): NavItem['screen'] | null {
  switch (screen.name) {
    case 'responses':
      return 'overview';
    case 'survey':
    case 'survey-new':
      return 'surveys';
    case 'customer':
      return 'customers';
    case 'case':
      return 'cases';
    case 'not-found':
      return null;
    default:
      return screen.name;
  }
}

export const navFor = (role: Role): NavItem[] => NAV_ITEMS.filter((i) => i.roles.includes(role));

export function mayOpen(role: Role, screen: Screen): boolean {
  const item = NAV_ITEMS.find((i) => i.screen === navScreenOf(screen));
  return item ? item.roles.includes(role) : true;
}
