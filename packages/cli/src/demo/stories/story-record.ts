/** A story's entry in the demo's record, with nothing but what it names. */
import type { DemoStory } from '@rapport/core';

export const storyRecord = (s: Partial<DemoStory> & Pick<DemoStory, 'key'>): DemoStory => ({
  customerId: null,
  interactionIds: [],
  caseId: null,
  praiseId: null,
  employeeIds: [],
  teamIds: [],
  period: null,
  ...s,
});
