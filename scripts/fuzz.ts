// Long fuzzing runs (issue 9): `npx tsx scripts/fuzz.ts --runs 20000 [--seed N] [--pg]`. Runs the
// OpenAPI fuzzer (packages/server/src/security/api-fuzz.test.ts) with N cases per dialect and a
// random seed unless given; --pg adds PostgreSQL (needs RAPPORT_TEST_PG_URL).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readProcessEnv } from '@rapport/config';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000_007) },
    pg: { type: 'boolean', default: false },
  },
});
const env: Record<string, string | undefined> = {
  ...readProcessEnv(),
  RAPPORT_FUZZ_RUNS: values.runs,
  RAPPORT_FUZZ_SEED: values.seed,
};
if (!values.pg) delete env.RAPPORT_TEST_PG_URL;
console.log(`fuzzing with ${values.runs} cases per dialect, seed ${values.seed}`);
const run = spawnSync(
  'npx',
  ['vitest', 'run', 'packages/server/src/security/api-fuzz.test.ts', '--testTimeout', '0'],
  { stdio: 'inherit', env },
);
process.exit(run.status ?? 1);
