/**
 * Durability (issue 9, item 1): the real server (`rapport serve`, worker included) under mixed
 * ingest load — customers, interactions with transcripts, survey responses (some accepted for
 * later with `Prefer: respond-async`, which must then be recorded or still queued); with and without
 * Idempotency-Key; retried after each restart — is killed with SIGKILL at random moments, 20
 * times per dialect. After every kill: every acknowledged row is there, none twice, nothing
 * half written, roll-ups equal to the answers, no pending idempotency claim, and SQLite's
 * integrity_check is ok. `scripts/crash.ts --cycles N` runs longer.
 */
import { readProcessEnv } from '@rapport/config';
import { freshTarget, testDialects } from '@rapport/testing';
import { describe, expect, it } from 'vitest';
import { runCrashCycles } from './crash-run.ts';

const env = readProcessEnv();
const CYCLES = Number(env.RAPPORT_CRASH_CYCLES) || 20;

for (const dialect of testDialects()) {
  describe(`the server killed with SIGKILL under load [${dialect}]`, () => {
    it(
      `loses no acknowledged write, duplicates none and leaves nothing half written (${CYCLES} cycles)`,
      async () => {
        const { target, drop } = await freshTarget(dialect);
        try {
          const databaseUrl = target.dialect === 'sqlite' ? target.path : target.url;
          const seed = Number(env.RAPPORT_CRASH_SEED) || 20_261_123;
          const report = await runCrashCycles({ target, databaseUrl, cycles: CYCLES, seed });
          console.log(
            `[crash ${dialect}] cases tried: ${report.cycles} kills, ${report.sent} requests (${report.acked} acknowledged of which ${report.ackedLater} accepted for later, ${report.retried} retried, ${report.inDoubt} left in doubt), ${report.checks} checks; failed: ${report.failures.length}${report.failures.length ? `\n  ${report.failures.slice(0, 20).join('\n  ')}` : ''}`,
          );
          expect(report.failures).toEqual([]);
          expect(report.acked).toBeGreaterThan(CYCLES * 5);
          expect(report.ackedLater).toBeGreaterThan(0);
        } finally {
          await drop();
        }
      },
      Math.max(600_000, CYCLES * 30_000),
    );
  });
}
