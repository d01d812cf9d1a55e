import { describe, expect, it } from 'vitest';
import { GROUP_CUE, GROUP_CUSTOMER_CUE, extractFeatures } from './features.ts';
import { SEED, fnv1a } from './hash.ts';

const CFG = { bits: 20, charMin: 3, charMax: 5 };
const mask = (1 << CFG.bits) - 1;

/** The groups a cue category's feature is put in, for one text. */
function groupsOf(text: string, category: string): number[] {
  const f = extractFeatures(text, CFG);
  const bucket = fnv1a(category, SEED.cue) & mask;
  return f.buckets.flatMap((b, i) => (b === bucket ? [f.groups[i] ?? -1] : []));
}

describe('cue features', () => {
  it('puts worry in the customer-only group and the other cues in the cue group', () => {
    expect(groupsOf("I'm so worried, please help", 'worry')).toEqual([
      GROUP_CUSTOMER_CUE,
      GROUP_CUSTOMER_CUE,
    ]);
    expect(groupsOf('I am cancelling my account', 'churn')).toEqual([GROUP_CUE]);
    expect(groupsOf('Estoy muy preocupada por el cargo', 'worry')).toEqual([GROUP_CUSTOMER_CUE]);
  });

  it('finds no worry where there is none', () => {
    expect(groupsOf('The delivery was on time, thanks', 'worry')).toEqual([]);
  });
});
