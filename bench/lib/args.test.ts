import { describe, expect, test } from 'vitest';
import { ArgsError, HELP, parseArgs, WORKLOADS } from './args.ts';

describe('the bench command line', () => {
  test('reads every option, in either form, with the modes’ defaults', () => {
    const full = parseArgs([]);
    expect([full.quick, full.repeats, full.only, full.sizes, full.merge]).toEqual([
      false,
      3,
      [],
      undefined,
      false,
    ]);
    const a = parseArgs([
      '--quick',
      '--only',
      'ingest, dashboard',
      '--sizes=100000,1000000',
      '--repeats=5',
      '--merge',
      '--screens-all-rows',
      '--out',
      '/tmp/b',
    ]);
    expect(a).toMatchObject({
      quick: true,
      only: ['ingest', 'dashboard'],
      sizes: [100_000, 1_000_000],
      repeats: 5,
      merge: true,
      screensAllRows: true,
      out: '/tmp/b',
      help: false,
    });
    expect(parseArgs(['--quick']).repeats).toBe(2);
    expect(parseArgs(['-h']).help).toBe(true);
  });

  test.each([
    [['--qiuck'], 'Unknown option --qiuck'],
    [['--only', 'ingest,dashbord'], 'no workload called dashbord'],
    [['--repeats'], '--repeats needs a value'],
    [['--repeats', '--quick'], '--repeats needs a value'],
    [['--repeats', '0'], '--repeats must be a whole number of at least 1, not "0"'],
    [['--sizes=1e5,lots'], '--sizes must be whole numbers'],
    [['--quick=yes'], '--quick takes no value'],
    [['ingest'], 'Unexpected argument "ingest"'],
  ])('%j is refused in a sentence that names the option', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(ArgsError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  test('--help names every option it reads and every workload', () => {
    for (const opt of ['--quick', '--only', '--repeats', '--sizes', '--seed', '--data', '--out'])
      expect(HELP).toContain(opt);
    for (const opt of ['--merge', '--screens-all-rows', '--help']) expect(HELP).toContain(opt);
    for (const id of WORKLOADS) expect(HELP).toContain(id);
  });
});
