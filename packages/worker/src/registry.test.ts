import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent, defineJob, jobRequest } from './definition.ts';
import { createRapportRegistry } from './jobs.ts';
import { JobRegistry } from './registry.ts';

const job = (name: string) =>
  defineJob({ name, schema: z.object({ n: z.number() }), handler: async () => undefined });

describe('job registry', () => {
  it('refuses a name defined twice, and a bad name', () => {
    const r = new JobRegistry().define(job('a.b'));
    expect(() => r.define(job('a.b'))).toThrow(/defined twice/);
    expect(() => job('Bad Name')).toThrow(/lower case/);
  });

  it('names subscriber jobs after their event, and registers an event once', () => {
    const ev = defineEvent('thing.done', z.object({ id: z.string() }));
    const r = new JobRegistry()
      .on(ev, { name: 'a', handler: async () => undefined })
      .event(ev)
      .on(ev, { name: 'b', maxAttempts: 3, handler: async () => undefined });
    expect(r.names().sort()).toEqual(['thing.done', 'thing.done:a', 'thing.done:b']);
    expect(r.subscribersOf('thing.done')).toEqual(['thing.done:a', 'thing.done:b']);
    expect(r.get('thing.done:b')?.maxAttempts).toBe(3);
    expect(r.get('thing.done')?.event).toBe('thing.done');
    expect(() => r.define(job('thing.done'))).toThrow(/defined twice/);
  });

  it('schedules only defined jobs, at least a second apart', () => {
    const r = new JobRegistry();
    expect(() => r.every(job('x.y'), 60_000, { n: 1 })).toThrow(/Define job/);
    r.define(job('x.y'));
    expect(() => r.every(job('x.y'), 10, { n: 1 })).toThrow(/everyMs/);
    r.every(job('x.y'), 60_000, { n: 1 });
    expect(r.schedules()).toEqual([{ name: 'x.y', everyMs: 60_000, payload: { n: 1 } }]);
  });

  it('checks a payload when the request is made', () => {
    expect(jobRequest(job('p.q'), { n: 1 }, { orderingKey: 'k' })).toMatchObject({
      name: 'p.q',
      payload: { n: 1 },
      orderingKey: 'k',
    });
    expect(() => jobRequest(job('p.q'), { n: 'one' } as never)).toThrow(/not valid/);
  });

  it("runs Rapport's events and the hourly purge", () => {
    const r = createRapportRegistry();
    expect(r.names()).toEqual(expect.arrayContaining(['interaction.created', 'jobs.purge']));
    expect(r.schedules().map((s) => [s.name, s.everyMs])).toContainEqual(['jobs.purge', 3_600_000]);
  });
});
