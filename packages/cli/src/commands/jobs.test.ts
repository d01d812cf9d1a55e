import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@rapport/store';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../testing/memory-io.ts';

describe('rapport worker --once and rapport jobs', () => {
  it('runs due jobs, lists a dead one and queues it again', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rapport-jobs-')), 'jobs.db');
    const env = { DATABASE_URL: path, LOG_LEVEL: 'silent' };
    const store = await openStore({ dialect: 'sqlite', path });
    const now = new Date().toISOString();
    // A payload that fails its schema: dead at once, whatever subscribes to the event.
    await store.write((r) =>
      r.jobs.enqueue(
        'ws_a',
        { name: 'interaction.created', payload: { nothing: true } },
        'job_bad',
        now,
      ),
    );
    await store.close();

    const run = memoryIo();
    expect(await main(['worker', '--once'], run, env)).toBe(0);
    expect(run.out()).toBe('Ran 1 job(s): 0 done, 0 to retry, 1 dead.\n');

    const stats = memoryIo();
    expect(await main(['jobs', 'stats'], stats, env)).toBe(0);
    expect(stats.out()).toMatch(/queued \d+ \(due 0, oldest due -\), running 0, dead 1/);

    const dead = memoryIo();
    expect(await main(['jobs', 'dead'], dead, env)).toBe(0);
    expect(dead.out()).toMatch(
      /^job_bad {2}interaction\.created {2}workspace ws_a {2}1 attempt\(s\)/,
    );
    expect(dead.out()).toMatch(/invalid payload: interactionId/);
    const json = memoryIo();
    expect(await main(['jobs', 'dead', '--json', '--workspace', 'ws_b'], json, env)).toBe(0);
    expect(JSON.parse(json.out())).toEqual([]);

    const retry = memoryIo();
    expect(await main(['jobs', 'retry', 'job_bad'], retry, env)).toBe(0);
    expect(retry.out()).toBe('Job job_bad (interaction.created) is queued again.\n');
    const again = memoryIo();
    expect(await main(['jobs', 'retry', 'job_bad'], again, env)).toBe(1);
    expect(again.err()).toMatch(/no dead job with id job_bad/);

    const bad = memoryIo();
    expect(await main(['jobs', 'frob'], bad, env)).toBe(2);
    expect(bad.err()).toMatch(/"frob" is not a jobs command/);
  });

  it('says what is missing from a jobs call and shows its usage, before opening the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-jobs-usage-'));
    const env = { DATABASE_URL: join(dir, 'never.db'), LOG_LEVEL: 'silent' };
    const cases: Array<[string[], RegExp]> = [
      [
        ['jobs', 'retry'],
        /^rapport jobs: the job id is missing\.\nUsage: rapport jobs retry <id> \[--workspace W\]\n/,
      ],
      [
        ['jobs', 'retry', 'job_a', 'job_b'],
        /retry takes one job id \(got job_a, job_b\)\.\nUsage: rapport jobs retry <id>/,
      ],
      [
        ['jobs', 'stats', 'now'],
        /"stats" takes no argument \(got "now"\)\.\nUsage: rapport jobs stats\n/,
      ],
      [
        ['jobs', 'dead', 'job_a'],
        /"dead" takes no argument \(got "job_a"\)\.\nUsage: rapport jobs dead \[--workspace W\] \[--limit N\] \[--json\]\n/,
      ],
      [['jobs'], /Say which: stats, dead or retry <id>\./],
      [['jobs', 'frob'], /"frob" is not a jobs command\./],
    ];
    for (const [args, message] of cases) {
      const io = memoryIo();
      expect(await main(args, io, env)).toBe(2);
      expect(io.err()).toMatch(message);
      if (args[1] !== 'frob') expect(io.err()).not.toMatch(/is not a jobs command/);
    }
    expect(existsSync(env.DATABASE_URL)).toBe(false);
  });
});
