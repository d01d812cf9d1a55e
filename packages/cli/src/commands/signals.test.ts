import { analyzeInteraction, systemClock, systemIds, type Interaction } from '@rapport/core';
import { openStore } from '@rapport/store';
import { factory, freshTarget, keywordAnalyzer, testDialects } from '@rapport/testing';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { makeSignalsCommand } from './signals.ts';
import { memoryIo } from '../testing/memory-io.ts';

for (const dialect of testDialects()) {
  describe(`rapport signals reanalyze [${dialect}]`, () => {
    it('reads every stored text again with the new model, in batches through the queue', async () => {
      const { target, drop } = await freshTarget(dialect);
      const url = target.dialect === 'sqlite' ? target.path : target.url;
      const env = { DATABASE_URL: url, LOG_LEVEL: 'silent' };
      try {
        const store = await openStore(target);
        const f = factory(store);
        await f.workspace();
        const c = await f.customer();
        const chats: Interaction[] = [];
        for (let k = 0; k < 3; k++)
          chats.push(
            await f.interaction({
              customerId: c.id,
              channel: 'chat',
              occurredAt: `2026-01-0${k + 1}T10:00:00.000Z`,
              transcript: [
                { speaker: 'customer', text: 'Where is my parcel?' },
                { speaker: 'customer', text: 'Thank you!' },
              ],
            }),
          );
        await f.interaction({ customerId: c.id, outcome: 'resolved' }); // no text
        const v1 = keywordAnalyzer('v1');
        const ids = systemIds();
        await store.write(async (r) => {
          for (const i of chats.slice(0, 2))
            await analyzeInteraction({ r, clock: systemClock, ids, analyzer: v1 }, i, 'arrival');
        });
        const before = await store.read((r) => r.signals.byCustomer(f.ws, c.id, 100));
        expect(before).toHaveLength(4);
        await store.close();

        const cmd = makeSignalsCommand(keywordAnalyzer('v2'));
        const io = memoryIo();
        expect(await cmd.run(['reanalyze', '--workspace', f.ws], io, env)).toBe(0);
        expect(io.out()).toBe(
          'Re-analysed 3 sources of text in 1 batch(es), model v2; engagement recomputed for the customers concerned.\n',
        );

        const after = await openStore(target);
        const signals = await after.read((r) => r.signals.byCustomer(f.ws, c.id, 100));
        expect(signals).toHaveLength(6);
        expect(new Set(signals.map((s) => s.modelVersion))).toEqual(new Set(['v2']));
        // Re-read in place: the ids of the old signals are kept.
        expect(signals.map((s) => s.id)).toEqual(expect.arrayContaining(before.map((s) => s.id)));
        const events = await after.read((r) => r.engagement.events(f.ws, c.id));
        expect(events).toHaveLength(4);
        expect(events[0]?.reasons.map((x) => x.factor)).toContain('emotion');
        await after.close();

        const queued = memoryIo();
        expect(await cmd.run(['reanalyze', '--no-wait'], queued, env)).toBe(0);
        expect(queued.out()).toMatch(/^Queued 3 sources of text in 1 batch\(es\), model v2\.\n$/);
      } finally {
        await drop();
      }
    });
  });
}

describe('rapport signals', () => {
  it('is listed, and refuses anything but reanalyze', async () => {
    const help = memoryIo();
    expect(await main(['--help'], help, {})).toBe(0);
    expect(help.out()).toMatch(/signals\s+Re-analyse stored texts/);
    const bad = memoryIo();
    expect(await main(['signals', 'frobnicate'], bad, {})).toBe(2);
    expect(bad.err()).toMatch(/The one signals command is: reanalyze/);
  });
});
