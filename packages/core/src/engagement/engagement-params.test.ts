import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.ts';
import {
  DEFAULT_ENGAGEMENT,
  engagementParams,
  validateEngagementParams,
} from './engagement-params.ts';

describe('engagementParams', () => {
  it('overlays what is set, at any depth, on the defaults', () => {
    const p = engagementParams({
      emotion: 12,
      outcome: { resolved: 6 },
      survey: { nps: { points: 10 } },
    });
    expect(p.emotion).toBe(12);
    expect(p.outcome).toEqual({ ...DEFAULT_ENGAGEMENT.outcome, resolved: 6 });
    expect(p.survey.nps).toEqual({ points: 10, neutral: 0.7 });
    expect(p.survey.csat).toEqual(DEFAULT_ENGAGEMENT.survey.csat);
    expect(engagementParams(undefined)).toEqual(DEFAULT_ENGAGEMENT);
  });

  it('refuses a weight out of range, naming it', () => {
    const bad = engagementParams({ survey: { ces: { neutral: 1.5 } } });
    try {
      validateEngagementParams(bad);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.field).toBe('engagement.survey.ces.neutral');
    }
    expect(() => validateEngagementParams(DEFAULT_ENGAGEMENT)).not.toThrow();
    expect(() => validateEngagementParams(engagementParams({ initial: 0 }))).toThrow(/initial/);
  });
});
