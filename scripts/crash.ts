// Long crash runs (issue 9): `npx tsx scripts/crash.ts --cycles 200 [--dialect sqlite|postgres|both]
// [--seed N] [--clients N]`. Kills the real server with SIGKILL under mixed ingest load, N times,
// checking the database after each kill (see packages/server/src/durability/). PostgreSQL needs
// RAPPORT_TEST_PG_URL (an admin URL; `source scripts/lib/postgres.sh; start_test_postgres`).
import { parseArgs } from 'node:util';
import { freshTarget, type TestDialect } from '@rapport/testing';
import { runCrashCycles } from '../packages/server/src/durability/crash-run.ts';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '100' },
    dialect: { type: 'string', default: 'sqlite' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000_007) },
    clients: { type: 'string', default: '6' },
  },
});
const cycles = Number(values.cycles);
const dialects: TestDialect[] =
  values.dialect === 'both' ? ['sqlite', 'postgres'] : [values.dialect as TestDialect];
let failed = 0;
for (const dialect of dialects) {
  const { target, drop } = await freshTarget(dialect);
  try {
    const report = await runCrashCycles({
      target,
      databaseUrl: target.dialect === 'sqlite' ? target.path : target.url,
      cycles,
      seed: Number(values.seed),
      clients: Number(values.clients),
      log: (line) => console.log(`[${dialect}] ${line}`),
    });
    console.log(
      `[${dialect}] ${report.cycles} kills, ${report.sent} requests, ${report.acked} acknowledged (${report.ackedLater} accepted for later), ${report.retried} retried, ${report.inDoubt} in doubt, ${report.checks} checks (seed ${values.seed})`,
    );
    for (const f of report.failures) console.log(`[${dialect}] FAILED ${f}`);
    failed += report.failures.length;
  } finally {
    await drop();
  }
}
console.log(`${cycles * dialects.length - (failed ? 1 : 0)} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
