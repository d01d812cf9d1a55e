/** Command-line options of `npm run bench` (the bench takes options from argv, never the environment). */

export const WORKLOADS = [
  'ingest',
  'sms',
  'closed-loop',
  'dashboard',
  'text',
  'import',
  'postgres',
  'web',
] as const;

export const HELP = `Usage: npm run bench [-- options]

Measures Rapport beside its baselines in one run and writes results/latest.json and
results/latest.md (a Markdown table: workload, Rapport, baseline, ratio, goal). Not a test.

Options:
  --quick              about 2 minutes on 2 cores: 2 repeats, 1.5-s load windows, 100k tier only
  --only IDS           only these workloads, comma-separated: ${WORKLOADS.join(', ')}
  --repeats N          runs per figure, the median is shown (default 3; --quick: 2)
  --sizes=A,B          dashboard tiers in responses (default 100000,1000000,10000000)
  --seed N             seed of the generated data (default 20261123)
  --data DIR           the labelled text of the text workload (default ../shared/data)
  --out DIR            where to write latest.json and latest.md (default bench/results)
  --merge              keep the rows of workloads not run from the previous latest.json
  --screens-all-rows   web screens over a store with every row (slow; see bench/README.md)
  --help, -h           this text

Examples:
  npm run bench -- --quick
  npm run bench -- --only ingest,dashboard --repeats 5 --sizes=100000,1000000
  npm run bench -- --only closed-loop --merge`;

export interface BenchArgs {
  quick: boolean;
  /** Only the workloads named (ids like "ingest", "dashboard"); all when empty. */
  only: string[];
  /** Repeats per measurement (default 3; --quick: 2). */
  repeats: number;
  /** Dashboard tiers; undefined: the mode's default. */
  sizes: number[] | undefined;
  /** Where to write latest.json / latest.md. */
  out: string;
  seed: number;
  /** Path to the shared data folder (text evaluation sets). */
  dataDir: string;
  merge: boolean;
  screensAllRows: boolean;
  help: boolean;
}

/** A command line the bench cannot run: the message is one plain sentence for the terminal. */
export class ArgsError extends Error {}

const FLAGS = new Set(['quick', 'merge', 'screens-all-rows', 'help']);
const VALUED = new Set(['only', 'repeats', 'sizes', 'seed', 'data', 'out']);

export function parseArgs(argv: readonly string[]): BenchArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new ArgsError(`Unexpected argument "${arg}": options start with --.`);
    const name = m[1] as string;
    if (FLAGS.has(name)) {
      if (m[2] !== undefined) throw new ArgsError(`--${name} takes no value.`);
      flags.add(name);
    } else if (VALUED.has(name)) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || value.startsWith('--'))
        throw new ArgsError(`--${name} needs a value (see --help).`);
      values.set(name, value);
    } else throw new ArgsError(`Unknown option --${name} (see --help for the options).`);
  }
  const quick = flags.has('quick');
  const only = (values.get('only') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only.filter((id) => !(WORKLOADS as readonly string[]).includes(id));
  if (unknown.length)
    throw new ArgsError(
      `--only: no workload called ${unknown.join(', ')}; the workloads are ${WORKLOADS.join(', ')}.`,
    );
  const whole = (name: string, fallback: number, min: number): number => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new ArgsError(`--${name} must be a whole number of at least ${min}, not "${raw}".`);
    return n;
  };
  const sizesRaw = values.get('sizes');
  const sizes = sizesRaw?.split(',').map((s) => Number(s.trim()));
  if (sizes?.some((n) => !Number.isInteger(n) || n < 1000))
    throw new ArgsError(
      `--sizes must be whole numbers of responses, 1000 or more, separated by commas, not "${sizesRaw}".`,
    );
  return {
    quick,
    only,
    repeats: whole('repeats', quick ? 2 : 3, 1),
    sizes,
    out: values.get('out') ?? new URL('../results/', import.meta.url).pathname,
    seed: whole('seed', 20261123, 0),
    dataDir: values.get('data') ?? new URL('../../../shared/data/', import.meta.url).pathname,
    merge: flags.has('merge'),
    screensAllRows: flags.has('screens-all-rows'),
    help: flags.has('help'),
  };
}
