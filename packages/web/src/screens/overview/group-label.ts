/** A breakdown group's value in words: channel and stage labels, team and agent names. */
import type { Channel } from '@rapport/contracts';
import { CHANNEL_LABELS, stageLabel } from '../../lib/labels.ts';
import type { PeopleLookup } from '../../timeline/model.ts';
import type { Dimension } from './overview-scope.ts';

const NONE: Record<Dimension, string> = {
  channel: 'Unknown channel',
  stage: 'No stage recorded',
  team: 'No team',
  agent: 'No agent',
};

export function groupLabel(dim: Dimension, value: string | null, people: PeopleLookup): string {
  if (value === null || value === '') return NONE[dim];
  switch (dim) {
    case 'channel':
      return CHANNEL_LABELS[value as Channel] ?? value;
    case 'stage':
      return stageLabel(value);
    case 'team':
      return people.teamName(value) ?? 'Unknown team';
    case 'agent':
      return people.employeeName(value) ?? 'Unknown employee';
  }
}
