/**
 * Imports from the tools people leave. Each sample file is written by the test from the
 * format's description in docs/IMPORT.md, then imported with its preset; the metrics computed
 * from the imported responses must be the ones the sample holds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  computeMetric,
  createSurvey,
  csvLine,
  relationshipNpsSurvey,
  transactionalCsatSurvey,
} from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { expect, it } from 'vitest';
import { importFixture } from '../testing/import-fixture.ts';
import { runImport } from './import-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'rapport-import-'));
const file = (name: string, rows: string[][]) => {
  const path = join(dir, name);
  writeFileSync(path, `${rows.map((r) => csvLine(r)).join('\r\n')}\r\n`);
  return path;
};

describeEachDialect('import', (db) => {
  const setup = () => importFixture(db().store);

  it('customers: reports each broken row with its line and reason, keeps the rest, and resumes without duplicates', async () => {
    const { store, f, deps } = await setup();
    const path = file('customers.csv', [
      ['CRM id', 'First', 'Last', 'E-mail', 'Phone', 'Tier'],
      ['C-1', 'Ann', 'Lee', 'ann@example.com', '+1 555 0100', 'gold'],
      ['C-2', 'Bob', 'Ray', 'not-an-email', '', 'silver'],
      ['C-3', 'Cy', 'Fox', 'cy@example.com', 'call me', 'gold'],
      ['C-4', 'Di', 'Ng', 'di@example.com', '', ''],
      ['C-5', 'Ed'],
    ]);
    const mapping = {
      kind: 'customers' as const,
      columns: {
        externalId: 'CRM id',
        name: ['First', 'Last'],
        email: 'E-mail',
        phone: 'Phone',
        segment: 'Tier',
      },
    };
    const dry = await runImport(store, deps, {
      kind: 'customers',
      path,
      format: 'csv',
      workspaceId: f.ws,
      mapping,
      dryRun: true,
    });
    expect(dry).toMatchObject({ read: 5, created: 2, duplicates: 0 });
    expect(dry.rejected.map((r) => [r.line, r.field])).toEqual([
      [3, 'email'],
      [4, 'phone'],
      [6, 'row'],
    ]);
    expect((await store.read((r) => r.customers.list(f.ws, {}, { limit: 10 }))).items).toEqual([]);

    const real = await runImport(store, deps, {
      kind: 'customers',
      path,
      format: 'csv',
      workspaceId: f.ws,
      mapping,
      dryRun: false,
    });
    expect(real).toMatchObject({ read: 5, created: 2, duplicates: 0 });
    const again = await runImport(store, deps, {
      kind: 'customers',
      path,
      format: 'csv',
      workspaceId: f.ws,
      mapping,
      dryRun: false,
    });
    expect(again).toMatchObject({ created: 0, duplicates: 2 });
    const all = (await store.read((r) => r.customers.list(f.ws, {}, { limit: 10 }))).items;
    expect(all.map((c) => c.name).sort()).toEqual(['Ann Lee', 'Di Ng']);
  });

  it('employees: managers may come after their reports; teams are created by name', async () => {
    const { store, f, deps } = await setup();
    const path = join(dir, 'employees.jsonl');
    writeFileSync(
      path,
      [
        { externalId: 'E-2', name: 'Jessica C', team: 'Phone', manager: 'E-1' },
        { externalId: 'E-1', name: 'Boss', team: 'Phone' },
        '{broken',
      ]
        .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
        .join('\n'),
    );
    const report = await runImport(store, deps, {
      kind: 'employees',
      path,
      format: 'jsonl',
      workspaceId: f.ws,
      dryRun: false,
    });
    expect(report).toMatchObject({ created: 2 });
    expect(report.rejected.map((r) => r.line)).toEqual([3]);
    const jess = await store.read((r) => r.employees.getByExternalId(f.ws, 'E-2'));
    const boss = await store.read((r) => r.employees.getByExternalId(f.ws, 'E-1'));
    expect(jess?.managerId).toBe(boss?.id);
    expect(jess?.teamId).toBe(boss?.teamId);
  });

  it('Qualtrics: three header rows, questions matched by their text', async () => {
    const { store, f, deps, run, ctx, clock, ids } = await setup();
    const survey = await run((r) =>
      createSurvey({ r, clock, ids }, ctx, {
        definition: relationshipNpsSurvey({ id: 'x' }),
        status: 'live',
      }),
    );
    const def = survey.definition;
    const npsText = 'How likely are you to recommend us to a friend or colleague?';
    expect(JSON.stringify(def.questions[0]?.text)).toContain('recommend');
    const text = (q: number) => {
      const t = def.questions[q]?.text;
      return typeof t === 'string' ? t : (t?.en ?? '');
    };
    const cols = [
      'StartDate',
      'EndDate',
      'Status',
      'Progress',
      'Duration (in seconds)',
      'Finished',
      'RecordedDate',
      'ResponseId',
      'RecipientLastName',
      'RecipientFirstName',
      'RecipientEmail',
      'ExternalReference',
      'DistributionChannel',
      'UserLanguage',
      'Q1',
      'Q2',
    ];
    const texts = [
      'Start Date',
      'End Date',
      'Response Type',
      'Progress',
      'Duration (in seconds)',
      'Finished',
      'Recorded Date',
      'Response ID',
      'Recipient Last Name',
      'Recipient First Name',
      'Recipient Email',
      'External Data Reference',
      'Distribution Channel',
      'User Language',
      text(0),
      text(1),
    ];
    const importIds = cols.map((c, i) =>
      i >= 14 ? `{"ImportId":"QID${i - 13}"}` : `{"ImportId":"${c}"}`,
    );
    const row = (id: string, email: string, score: string, why = '') => [
      '2026-05-01 10:00:00',
      '2026-05-01 10:02:00',
      'IP Address',
      '100',
      '120',
      'True',
      '2026-05-01 10:02:01',
      id,
      'Doe',
      'Jo',
      email,
      '',
      'email',
      'EN',
      score,
      why,
    ];
    const path = file('qualtrics.csv', [
      cols,
      texts,
      importIds,
      row('R_1', 'a@x.example', '10'),
      row('R_2', 'b@x.example', '9'),
      row('R_3', 'c@x.example', '0 - Not at all likely', 'Too expensive'),
      row('R_4', 'd@x.example', '11'),
      row('R_5', 'e@x.example', '8'),
    ]);
    void npsText;
    const report = await runImport(store, deps, {
      kind: 'responses',
      path,
      format: 'csv',
      workspaceId: f.ws,
      preset: 'qualtrics',
      surveyId: survey.id,
      dryRun: false,
    });
    expect(report).toMatchObject({ read: 5, created: 4 });
    expect(report.rejected).toEqual([expect.objectContaining({ line: 7, field: 'answers.nps' })]);
    const m = await store.read((r) =>
      computeMetric({ r, clock, ids }, ctx, {
        metric: 'nps',
        from: '2026-04-01',
        to: '2026-06-01',
        filters: {},
        groupBy: [],
        minN: 1,
      }),
    );
    expect(m.overall[0]?.figure).toMatchObject({ n: 4, value: 25 }); // 2 promoters, 1 passive, 1 detractor
    const customer = (
      await store.read((r) => r.customers.list(f.ws, { email: 'c@x.example' }, { limit: 1 }))
    ).items[0];
    expect(customer?.name).toBe('Jo Doe');
    const again = await runImport(store, deps, {
      kind: 'responses',
      path,
      format: 'csv',
      workspaceId: f.ws,
      preset: 'qualtrics',
      surveyId: survey.id,
      dryRun: false,
    });
    expect(again).toMatchObject({ created: 0, duplicates: 4 });
  });

  it('SurveyMonkey: two header rows, month-first dates', async () => {
    const { store, f, deps, run, ctx, clock, ids } = await setup();
    const survey = await run((r) =>
      createSurvey({ r, clock, ids }, ctx, {
        definition: transactionalCsatSurvey({ id: 'x' }),
        status: 'live',
      }),
    );
    const q = (i: number) => {
      const t = survey.definition.questions[i]?.text;
      return typeof t === 'string' ? t : (t?.en ?? '');
    };
    const names = [
      'Respondent ID',
      'Collector ID',
      'Start Date',
      'End Date',
      'IP Address',
      'Email Address',
      'First Name',
      'Last Name',
      'Custom Data 1',
      q(0),
      q(1),
    ];
    const sub = ['', '', '', '', '', '', '', '', '', 'Response', 'Response'];
    const path = file('surveymonkey.csv', [
      names,
      sub,
      [
        '114',
        '9001',
        '05/02/2026 09:00:00 AM',
        '05/02/2026 09:01:30 AM',
        '',
        'p@x.example',
        'Pat',
        'Kim',
        '',
        '5',
        '7',
      ],
      [
        '115',
        '9001',
        '05/03/2026 01:00:00 PM',
        '05/03/2026 01:05:00 PM',
        '',
        'q@x.example',
        'Quin',
        'Lo',
        '',
        '2',
        '3',
      ],
      [
        '116',
        '9001',
        '05/03/2026 01:00:00 PM',
        '13/45/2026 01:05:00 PM',
        '',
        'r@x.example',
        'Ray',
        'Mo',
        '',
        '4',
        '6',
      ],
    ]);
    const report = await runImport(store, deps, {
      kind: 'responses',
      path,
      format: 'csv',
      workspaceId: f.ws,
      preset: 'surveymonkey',
      surveyId: survey.id,
      dryRun: false,
    });
    expect(report).toMatchObject({ read: 3, created: 2 });
    expect(report.rejected).toEqual([expect.objectContaining({ line: 5, field: 'submittedAt' })]);
    const csat = await store.read((r) =>
      computeMetric({ r, clock, ids }, ctx, {
        metric: 'csat',
        from: '2026-05-01',
        to: '2026-06-01',
        filters: {},
        groupBy: [],
        minN: 1,
      }),
    );
    expect(csat.overall[0]?.figure).toMatchObject({ n: 2, value: 50 });
    const list = await store.read((r) =>
      r.responses.list(f.ws, { surveyId: survey.id }, { limit: 10 }),
    );
    expect(list.items.map((x) => x.submittedAt).sort()).toEqual([
      '2026-05-02T09:01:30.000Z',
      '2026-05-03T13:05:00.000Z',
    ]);
  });

  it('Formbricks: one header row, question headlines as columns', async () => {
    const { store, f, deps, run, ctx, clock, ids } = await setup();
    const survey = await run((r) =>
      createSurvey({ r, clock, ids }, ctx, {
        definition: relationshipNpsSurvey({ id: 'x' }),
        status: 'live',
      }),
    );
    const t = survey.definition.questions[0]?.text;
    const headline = typeof t === 'string' ? t : (t?.en ?? '');
    const path = file('formbricks.csv', [
      [
        'No.',
        'Response ID',
        'Timestamp',
        'Finished',
        'Survey ID',
        'Formbricks ID (internal)',
        'User ID',
        'Notes',
        'Tags',
        headline,
        'Verified Email',
      ],
      ['1', 'resp-001', '2026-05-05 10:00:00', 'Yes', 'sv1', 'x1', '', '', '', '9', 'f1@x.example'],
      ['2', 'resp-002', '2026-05-05 11:00:00', 'No', 'sv1', 'x2', '', '', '', '3', 'f2@x.example'],
    ]);
    const report = await runImport(store, deps, {
      kind: 'responses',
      path,
      format: 'csv',
      workspaceId: f.ws,
      preset: 'formbricks',
      surveyId: survey.id,
      dryRun: false,
    });
    expect(report).toMatchObject({ read: 2, created: 2, rejected: [] });
    const list = await store.read((r) =>
      r.responses.list(f.ws, { surveyId: survey.id }, { limit: 10 }),
    );
    expect(list.items.map((x) => [x.externalId, x.completed]).sort()).toEqual([
      ['resp-001', true],
      ['resp-002', false],
    ]);
  });

  it('Chatwoot CSAT report: ratings and feedback, the period footer ignored', async () => {
    const { store, f, deps, run, ctx, clock, ids } = await setup();
    const survey = await run((r) =>
      createSurvey({ r, clock, ids }, ctx, {
        definition: transactionalCsatSurvey({ id: 'x' }),
        status: 'live',
      }),
    );
    const path = file('chatwoot.csv', [
      [
        'Agent name',
        'Rating',
        'Feedback',
        'Contact name',
        'Contact email address',
        'Contact phone number',
        'Link to the conversation',
        'Recorded at',
      ],
      [
        'Ana (ana@acme.example)',
        '5',
        'Great help',
        'Lu',
        'lu@x.example',
        '',
        'https://chat.example/app/accounts/1/conversations/11',
        '2026-05-07 09:00:00 UTC',
      ],
      [
        'Ana (ana@acme.example)',
        '4',
        '',
        'Mo',
        'mo@x.example',
        '',
        'https://chat.example/app/accounts/1/conversations/12',
        '2026-05-07 10:00:00 UTC',
      ],
      [
        'Ben (ben@acme.example)',
        '1',
        'Slow',
        'Ny',
        'ny@x.example',
        '',
        'https://chat.example/app/accounts/1/conversations/13',
        '2026-05-08 10:00:00 UTC',
      ],
      ['Reporting period 2026-05-01 to 2026-05-31'],
    ]);
    const report = await runImport(store, deps, {
      kind: 'responses',
      path,
      format: 'csv',
      workspaceId: f.ws,
      preset: 'chatwoot',
      surveyId: survey.id,
      dryRun: false,
    });
    expect(report).toMatchObject({ read: 3, created: 3, rejected: [] });
    const csat = await store.read((r) =>
      computeMetric({ r, clock, ids }, ctx, {
        metric: 'csat',
        from: '2026-05-01',
        to: '2026-06-01',
        filters: { channel: 'chat' },
        groupBy: [],
        minN: 1,
      }),
    );
    expect(csat.overall[0]?.figure.n).toBe(3);
    expect(csat.overall[0]?.figure.value).toBeCloseTo(66.67, 1);
  });
  it('responses: a mapping file without surveyId imports into the --survey; bad rows are named by line, the good ones kept', async () => {
    const { store, f, deps, run, ctx, clock, ids } = await setup();
    const survey = await run((r) =>
      createSurvey({ r, clock, ids }, ctx, {
        definition: relationshipNpsSurvey({ id: 'm' }),
        status: 'live',
      }),
    );
    const path = file('responses-mapped.csv', [
      ['Id', 'When', 'E-mail', 'Score'],
      ['r1', '2026-05-01 10:00:00', 'ann@example.com', '9'],
      ['r2', '2026-05-01 10:00:00', 'bob@example.com', '11'],
      ['r3', 'yesterday', 'cy@example.com', '5'],
      ['r4', '2026-05-02 10:00:00', 'di@example.com', '10'],
    ]);
    const report = await runImport(store, deps, {
      kind: 'responses',
      path,
      format: 'csv',
      workspaceId: f.ws,
      surveyId: survey.id,
      mapping: {
        kind: 'responses',
        columns: { externalId: 'Id', submittedAt: 'When', customerEmail: 'E-mail' },
        questions: { nps: 'Score' },
      },
      dryRun: false,
    });
    expect(report).toMatchObject({ read: 4, created: 2, duplicates: 0 });
    expect(report.rejected.map((r) => [r.line, r.field])).toEqual([
      [3, 'answers.nps'],
      [4, 'submittedAt'],
    ]);
    const stored = await store.read((r) =>
      r.responses.list(f.ws, { surveyId: survey.id }, { limit: 10 }),
    );
    expect(stored.items.map((x) => x.answers[0]?.valueNum).sort()).toEqual([10, 9]);
  });
  it('refuses a row holding the NUL character at its field on both engines, and keeps the rest', async () => {
    const { store, f, deps } = await setup();
    const csv = file('customers-nul.csv', [
      ['externalId', 'name', 'email'],
      ['N-1', 'Ann\u0000Lee', 'ann@example.com'],
      ['N-2', 'Bob', 'bob\u0000@example.com'],
      ['N-3', 'Cy', 'cy@example.com'],
    ]);
    const jsonl = join(dir, 'customers-nul.jsonl');
    writeFileSync(
      jsonl,
      [
        { externalId: 'J-1', name: 'Di', attributes: { plan: 'gold\u0000' } },
        { externalId: 'J-2', name: 'Ed' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
    );
    const fromCsv = await runImport(store, deps, {
      kind: 'customers',
      path: csv,
      format: 'csv',
      workspaceId: f.ws,
      dryRun: false,
    });
    expect(fromCsv).toMatchObject({ read: 3, created: 1 });
    expect(fromCsv.rejected.map((r) => [r.line, r.field, r.message])).toEqual([
      [2, 'name', 'the NUL character (U+0000) is not accepted.'],
      [3, 'email', 'the NUL character (U+0000) is not accepted.'],
    ]);
    const fromJsonl = await runImport(store, deps, {
      kind: 'customers',
      path: jsonl,
      format: 'jsonl',
      workspaceId: f.ws,
      dryRun: false,
    });
    expect(fromJsonl).toMatchObject({ read: 2, created: 1 });
    expect(fromJsonl.rejected.map((r) => [r.line, r.field])).toEqual([[1, 'attributes.plan']]);
    const stored = await store.read((r) => r.customers.list(f.ws, {}, { limit: 10 }));
    expect(stored.items.map((c) => c.externalId).sort()).toEqual(['J-2', 'N-3']);
  });
});
