/** Command-line options of `npm run bench` (the bench takes options from argv, never the environment). */
export interface BenchArgs {
  quick: boolean;
  /** Only the workloads named (ids like "ingest", "dashboard"); all when empty. */
  only: string[];
  /** Repeats per measurement (default 3; --quick: 2). */
  repeats: number;
  /** Where to write latest.json / latest.md. */
  out: string;
  seed: number;
  /** Path to the shared data folder (text evaluation sets). */
  dataDir: string;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`--${name}=`));
    return eq?.slice(name.length + 3);
  };
  const quick = argv.includes('--quick');
  const only = (get('only') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    quick,
    only,
    repeats: Number(get('repeats') ?? (quick ? 2 : 3)),
    out: get('out') ?? new URL('../results/', import.meta.url).pathname,
    seed: Number(get('seed') ?? 20261123),
    dataDir: get('data') ?? new URL('../../../shared/data/', import.meta.url).pathname,
  };
}
