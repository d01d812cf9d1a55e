/** Writes bench/results/latest.json and latest.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine.ts';
import { ratio, type Figure, type Row } from './result.ts';

export interface Report {
  date: string;
  mode: 'quick' | 'full';
  seconds: number;
  machine: Machine;
  repeats: number;
  /** --quick: what it shrinks. */
  quick?: string;
  /** Wall time of each workload in the run (set-up included), seconds. */
  timings?: Record<string, number>;
  rows: Row[];
  warnings: string[];
  /** Set when some rows were kept from an earlier run (`--merge`). */
  merged?: string;
  /** With `merged`: when each workload's rows were measured (ISO time of their run). */
  measuredAt?: Record<string, string>;
  /** Set while the run is still going (each step saves what it has). */
  partial?: string;
}

/** JSON has no infinity ("not done within the wait"): written as the string "Infinity". */
export const infinityOut = (_key: string, v: unknown) =>
  typeof v === 'number' && !Number.isFinite(v) && !Number.isNaN(v) ? String(v) : v;
/** Reads it back (`--merge`). */
export const infinityIn = (_key: string, v: unknown) =>
  v === 'Infinity' ? Number.POSITIVE_INFINITY : v === '-Infinity' ? Number.NEGATIVE_INFINITY : v;

const num = (x: number) =>
  !Number.isFinite(x)
    ? '∞'
    : Math.abs(x) >= 100
      ? Math.round(x).toLocaleString('en')
      : String(Math.round(x * 10) / 10);

function cell(f: Figure | null): string {
  if (!f) return '—';
  const s = f.summary;
  const spread = s.runs.length > 1 ? ` (${num(s.min)}–${num(s.max)})` : '';
  const warn = s.unstable ? ' ⚠' : '';
  return `**${num(s.median)}** ${f.unit}${spread}${warn}${f.detail ? `<br>${f.detail}` : ''}`;
}

export function markdown(r: Report): string {
  const m = r.machine;
  const lines = [
    `# Rapport bench — ${r.mode} run`,
    '',
    `${r.date} · ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB · Node ${m.node} · commit ${m.commit} · ` +
      `load average ${m.loadStart} at start, ${m.loadEnd ?? '?'} at end (shared machine) · ` +
      `${r.repeats} repeats per figure, median (min–max); ⚠ = runs disagree by > 20 % · ${Math.round(r.seconds)} s`,
    ...(r.quick ? ['', `Quick run, smaller than the full one: ${r.quick}.`] : []),
    ...(r.timings && Object.keys(r.timings).length
      ? [
          '',
          `Wall time by workload (set-up included): ${Object.entries(r.timings)
            .map(([id, t]) => `${id} ${Math.round(t)} s`)
            .join(', ')}.`,
        ]
      : []),
    ...(r.merged ? ['', `Merged: ${r.merged}.`] : []),
    ...(r.partial ? ['', `**Partial**: ${r.partial}.`] : []),
    '',
    '| workload | case | Rapport | baseline | ratio | goal |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of r.rows) {
    if (row.pending) {
      lines.push(`| ${row.workload} | ${row.case} | pending | — | — | ${row.pending} |`);
      continue;
    }
    const q = ratio(row);
    const base = row.baseline ? `${cell(row.baseline)}<br>*${row.baseline.label}*` : '—';
    const rap = row.rapport ? `${cell(row.rapport)}<br>*${row.rapport.label}*` : '—';
    const goal = row.goal ? `${row.goal}: ${row.met ? '**met**' : '**missed**'}` : '';
    lines.push(
      `| ${row.workload} | ${row.case} | ${rap} | ${base} | ${q === null ? '—' : `${q.toFixed(2)}×`} | ${goal}${row.note ? ` ${row.note}` : ''} |`,
    );
  }
  lines.push(
    '',
    'Ratio = Rapport ÷ baseline (throughput: higher is better; latency: lower is better).',
  );
  if (r.warnings.length) lines.push('', '## Warnings', '', ...r.warnings.map((w) => `- ${w}`));
  return `${lines.join('\n')}\n`;
}

export function writeReport(dir: string, r: Report): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(r, infinityOut, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown(r));
}
