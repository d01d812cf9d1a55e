import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.ts';
import { praiseTargets } from './praise-targets.ts';

const targets = (text: string) => praiseTargets(tokenize(text));

describe('praiseTargets', () => {
  it('finds names and roles, with their determiner', () => {
    expect(targets('Thank you to Leon in customer relations and the technician.')).toEqual([
      'Leon',
      'the technician',
    ]);
    expect(targets('Engineer Dev has been and gone, he was great')).toEqual(['engineer', 'Dev']);
  });

  it('takes a name at a sentence start only before a verb of doing', () => {
    expect(targets('Jessica was amazing.')).toEqual(['Jessica']);
    expect(targets('Mohammed at the Kingsway branch was exceptional.')).toEqual([
      'Mohammed',
      'Kingsway',
    ]);
    expect(targets('Brilliant service. Thanks!')).toEqual([]);
  });

  it('keeps masked names and skips weekdays, months and greetings', () => {
    expect(targets('[NAME] sorted it on Monday in March. Dear team, Hi')).toEqual([
      '[NAME]',
      'team',
    ]);
  });
});
