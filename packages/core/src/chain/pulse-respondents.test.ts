import { describe, expect, it } from 'vitest';
import type { PulseAnswerRow } from '../ports/chain-repos.ts';
import { pulseFigure, respondentsFromRows, sortedComments } from './pulse-respondents.ts';
import { idAtTime } from './pulse-privacy.ts';

const row = (responseId: string, o: Partial<PulseAnswerRow>): PulseAnswerRow => ({
  responseId,
  surveyId: 's',
  day: '2026-08-14',
  questionId: 'q',
  metric: null,
  valueNum: null,
  valueText: null,
  scaleMin: null,
  scaleMax: null,
  teamId: 'tm_a',
  managerId: 'emp_lead',
  ...o,
});
const item = (id: string, v: number | null) =>
  row(id, { metric: 'engagement', valueNum: v, scaleMin: 1, scaleMax: 5 });

describe('pulse respondents', () => {
  it('gathers one respondent per response, with items, eNPS and comments', () => {
    const rows = [
      item('r1', 4),
      item('r1', 5),
      row('r1', { metric: 'enps', valueNum: 9, scaleMin: 0, scaleMax: 10 }),
      row('r1', { valueText: '  More training  ' }),
      item('r2', 2),
      item('r2', null),
      row('r2', { valueText: '   ' }),
    ];
    const rs = respondentsFromRows('employee', rows);
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ month: '2026-08', group: 'tm_a', comments: ['More training'] });
    expect(rs[0]?.enps?.value).toBe(9);
    expect(rs[1]?.comments).toEqual([]);
    // Respondent scores 4.5 and 2 (the skipped item does not count): mean 3.25, n 2.
    const f = pulseFigure('engagement', rs, 3);
    expect(f).toMatchObject({ status: 'too_few', n: 2, value: null, parts: null });
    const ok = pulseFigure('engagement', [...rs, ...rs], 3);
    expect(ok.value).toBeCloseTo(3.25, 12);
    expect(pulseFigure('enps', rs, 3)).toMatchObject({ n: 1, status: 'too_few' });
  });

  it('groups leadership answers by the rated manager', () => {
    const rs = respondentsFromRows('leadership', [
      row('r1', { metric: 'leadership', valueNum: 4, scaleMin: 1, scaleMax: 5 }),
    ]);
    expect(rs[0]?.group).toBe('emp_lead');
    expect(rs[0]?.items).toHaveLength(1);
  });

  it('sorts comments so their order tells nothing', () => {
    const rs = respondentsFromRows('employee', [
      row('r2', { valueText: 'zebra' }),
      row('r1', { valueText: 'apple' }),
    ]);
    expect(sortedComments(rs)).toEqual(['apple', 'zebra']);
  });
});

describe('ids of anonymous answers', () => {
  it('carry the day only, keep their random part, and leave other ids alone', () => {
    const id = 'rsp_01KAR5MHV3Q2J8N1ZP6T9W4XYZ';
    const day = Date.parse('2026-08-14T00:00:00Z');
    const out = idAtTime(id, day);
    expect(out.slice(-16)).toBe(id.slice(-16));
    expect(out).not.toBe(id);
    expect(idAtTime(idAtTime(id, day + 5_000_000), day)).toBe(out);
    expect(idAtTime('rsp_7', day)).toBe('rsp_7');
  });
});
