import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import {
  allowedGroupBy,
  assertGroupByAllowed,
  attributionClass,
  attributionScopes,
  GROUP_BY_DIMENSIONS,
} from './attribution.ts';

function refusal(f: () => void): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
  }
  throw new Error('expected a DomainError');
}

describe('groupBy attribution', () => {
  it('never reports NPS per agent', () => {
    const e = refusal(() => assertGroupByAllowed('nps', 'agent'));
    expect(e.code).toBe('validation');
    expect(e.field).toBe('groupBy');
    expect(e.message).toBe('NPS is a relationship metric and is never reported per agent.');
    // …even when the NPS question sat in a transactional survey (story 2).
    expect(() => assertGroupByAllowed('nps', 'agent', 'transactional')).toThrow(
      /never reported per agent/,
    );
  });

  it('reports NPS for the company, owners, their teams and segments', () => {
    for (const g of ['owner', 'segment', 'team', 'month', 'week', 'stage', 'survey']) {
      expect(() => assertGroupByAllowed('nps', g)).not.toThrow();
    }
    expect(() => assertGroupByAllowed('nps', 'channel')).toThrow(/relationship metric/);
  });

  it('judges transactional CSAT/CES/expectations by agent and team, not by relationship owner', () => {
    for (const m of ['csat', 'ces', 'expectations'] as const) {
      for (const g of ['agent', 'team', 'channel', 'stage', 'week', 'month']) {
        expect(() => assertGroupByAllowed(m, g)).not.toThrow();
      }
      expect(() => assertGroupByAllowed(m, 'owner')).toThrow(/transactional metric/);
    }
  });

  it('treats satisfaction asked in a relationship survey as relationship', () => {
    expect(attributionClass('csat', 'relationship')).toBe('relationship');
    expect(() => assertGroupByAllowed('csat', 'agent', 'relationship')).toThrow(
      /never reported per agent/,
    );
  });

  it('keeps employee and leadership results per team and period only', () => {
    expect(allowedGroupBy('enps')).toEqual(['team', 'week', 'month', 'survey']);
    expect(allowedGroupBy('leadership')).toEqual(['team', 'week', 'month', 'survey']);
    expect(() => assertGroupByAllowed('engagement', 'agent')).toThrow(/anonymous/);
    expect(() => assertGroupByAllowed('nps', 'team', 'employee')).toThrow(/eNPS/);
    expect(() => assertGroupByAllowed('csat', 'team', 'leadership')).toThrow(/customer metric/);
  });

  it('refuses unknown dimensions', () => {
    expect(() => assertGroupByAllowed('csat', 'customer')).toThrow(/Unknown groupBy/);
    expect(GROUP_BY_DIMENSIONS).toHaveLength(9);
  });
});

describe('attributionScopes', () => {
  const people = {
    agentId: 'emp_jessica',
    teamId: 'team_calls',
    ownerId: 'emp_owner',
    ownerTeamId: 'team_accounts',
    segment: 'consumer',
  };

  it('puts a transactional CSAT with the agent and the interaction team', () => {
    expect(attributionScopes({ metric: 'csat', surveyKind: 'transactional', ...people })).toEqual([
      { kind: 'company' },
      { kind: 'team', id: 'team_calls' },
      { kind: 'agent', id: 'emp_jessica' },
      { kind: 'segment', id: 'consumer' },
    ]);
  });

  it('puts an NPS — even one asked in a transactional survey — with the company and owner, never the agent', () => {
    const scopes = attributionScopes({ metric: 'nps', surveyKind: 'transactional', ...people });
    expect(scopes).toEqual([
      { kind: 'company' },
      { kind: 'owner', id: 'emp_owner' },
      { kind: 'team', id: 'team_accounts' },
      { kind: 'segment', id: 'consumer' },
    ]);
    expect(scopes.some((s) => s.kind === 'agent')).toBe(false);
  });

  it('puts pulses with teams (and the rated manager), leaving absent ids out', () => {
    expect(
      attributionScopes({ metric: 'enps', surveyKind: 'employee', teamId: 't1', agentId: 'e1' }),
    ).toEqual([{ kind: 'company' }, { kind: 'team', id: 't1' }]);
    expect(
      attributionScopes({
        metric: 'leadership',
        surveyKind: 'leadership',
        teamId: 't1',
        managerId: 'm1',
      }),
    ).toEqual([{ kind: 'company' }, { kind: 'team', id: 't1' }, { kind: 'manager', id: 'm1' }]);
    expect(attributionScopes({ metric: 'ces', surveyKind: 'transactional' })).toEqual([
      { kind: 'company' },
    ]);
  });
});
