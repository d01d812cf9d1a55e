import { describe, expect, it } from 'vitest';
import { JOB_PRIORITY, jobPriority } from './priority.ts';

describe('jobPriority', () => {
  it('puts what someone waits for first and bulk re-processing last', () => {
    expect(jobPriority('notify.email')).toBe(JOB_PRIORITY.urgent);
    expect(jobPriority('conversation.deliver')).toBe(JOB_PRIORITY.urgent);
    expect(jobPriority('case.sla_check')).toBe(JOB_PRIORITY.urgent);
    expect(jobPriority('response.submit')).toBe(JOB_PRIORITY.high);
    expect(JOB_PRIORITY.high).toBeLessThan(JOB_PRIORITY.urgent);
    expect(JOB_PRIORITY.high).toBeGreaterThan(JOB_PRIORITY.normal);
    expect(jobPriority('signals.reanalyze')).toBe(JOB_PRIORITY.background);
    expect(jobPriority('response.created')).toBe(JOB_PRIORITY.normal);
    expect(jobPriority('response.created:engagement')).toBe(JOB_PRIORITY.normal);
  });

  it("gives a subscriber its event's priority unless it has its own", () => {
    expect(jobPriority('survey.low_score:rules')).toBe(JOB_PRIORITY.urgent);
    expect(jobPriority('survey.callback_requested:cases')).toBe(JOB_PRIORITY.urgent);
    expect(jobPriority('unknown:notify.email')).toBe(JOB_PRIORITY.normal);
    expect(jobPriority(':')).toBe(JOB_PRIORITY.normal);
  });
});
