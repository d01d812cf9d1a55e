/**
 * Cards other features add to the overview without touching it — the chain's eNPS from the
 * employee pulse goes here: `{ key: 'enps', roles: ['admin', 'analyst', 'manager'], Component }`.
 * A card gets the period and the role's scope, and shows its figure with n and interval the way
 * MetricCard does (FigureValue, ChangeMarker).
 */
import type { ComponentType } from 'react';
import type { Role } from '@rapport/contracts';
import type { OverviewScope } from './overview-scope.ts';

export interface OverviewCardProps {
  /** API days: `from` included, `to` excluded. */
  range: { from: string; to: string };
  scope: OverviewScope;
}

export interface OverviewCard {
  /** Stable and unique: the React key. */
  key: string;
  roles: readonly Role[];
  Component: ComponentType<OverviewCardProps>;
}

export const OVERVIEW_CARDS: readonly OverviewCard[] = [];
