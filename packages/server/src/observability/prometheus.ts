/** The Prometheus text exposition format (version 0.0.4), written by hand: a few lines. */
export type Labels = Record<string, string>;

export interface Sample {
  labels?: Labels;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples: Array<Sample & { suffix?: string }>;
}

const escLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

function labelText(labels: Labels | undefined): string {
  const entries = Object.entries(labels ?? {});
  return entries.length ? `{${entries.map(([k, v]) => `${k}="${escLabel(v)}"`).join(',')}}` : '';
}

export function exposition(families: MetricFamily[]): string {
  const out: string[] = [];
  for (const f of families) {
    out.push(`# HELP ${f.name} ${f.help.replace(/\n/g, ' ')}`, `# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples)
      out.push(
        `${f.name}${s.suffix ?? ''}${labelText(s.labels)} ${Number.isFinite(s.value) ? s.value : 0}`,
      );
  }
  return `${out.join('\n')}\n`;
}
