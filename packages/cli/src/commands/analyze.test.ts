import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EMOTION_LABELS } from '@rapport/core';
import type { CliIo } from '../io.ts';
import { runAnalyze } from './analyze.ts';

function memoryIo(
  input: string,
  stderrIsTTY = false,
): { io: CliIo; out: () => string; err: () => string } {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  stdin.end(input);
  return {
    io: { stdin, stdout, stderr, stderrIsTTY, cwd: tmpdir() },
    out: () => out,
    err: () => err,
  };
}

const lines = [
  { id: 'a', text: 'Jessica was amazing, thank you so much! Please tell her boss.' },
  {
    id: 2,
    text: 'Third time I call about this. I am cancelling and switching to another provider.',
  },
  { id: 'c', text: '7' },
];

describe('rapport analyze', () => {
  it('writes one line per input, in order, in the documented format', async () => {
    const { io, out, err } = memoryIo(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(await runAnalyze([], io)).toBe(0);
    expect(err()).toBe('');
    const rows = out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r.id)).toEqual(['a', 2, 'c']);
    for (const r of rows) {
      const emotions = r.emotions as Record<string, number>;
      expect(Object.keys(emotions).sort()).toEqual([...EMOTION_LABELS].sort());
      for (const p of Object.values(emotions)) expect(p).toBeGreaterThanOrEqual(0);
      for (const p of Object.values(emotions)) expect(p).toBeLessThanOrEqual(1);
      expect(Array.isArray(r.ekman) && r.ekman.length).toBeGreaterThan(0);
      expect(['positive', 'negative', 'ambiguous', 'neutral']).toContain(r.sentiment);
      const s = r.signals as Record<string, unknown>;
      expect(Object.keys(s).sort()).toEqual([
        'churn_risk',
        'effort',
        'escalation_request',
        'humour',
        'praise',
        'urgency',
      ]);
    }
    const [praise, churn] = rows.map((r) => r.signals as Record<string, number | string>);
    expect(praise?.praise).toBeGreaterThanOrEqual(0.5);
    expect(praise?.escalation_request).toBe('praise');
    expect((rows[0]?.triggers as Record<string, string[]>).praise_of).toContain('Jessica');
    expect(churn?.churn_risk).toBeGreaterThanOrEqual(0.5);
    expect(rows[1]?.sentiment).toBe('negative');
  });

  it('reports a bad line by number, still analyses the others, and exits 1', async () => {
    const input = [
      JSON.stringify(lines[0]),
      '{not json',
      JSON.stringify({ id: 'x' }),
      JSON.stringify(lines[2]),
    ].join('\n');
    const { io, out, err } = memoryIo(input);
    expect(await runAnalyze([], io)).toBe(1);
    expect(
      out()
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: unknown }).id),
    ).toEqual(['a', 'c']);
    expect(err()).toContain('Line 2 is not valid JSON');
    expect(err()).toContain('Line 3 has no "text" string');
  });

  it('draws a progress bar on standard error only when it is a terminal', async () => {
    const tty = memoryIo(JSON.stringify(lines[0]) + '\n', true);
    expect(await runAnalyze([], tty.io)).toBe(0);
    expect(tty.err()).toContain('analyze');
    expect(tty.out()).not.toContain('█');
  });

  it('reads --input FILE and prints usage for --help', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    writeFileSync(join(dir, 'in.jsonl'), JSON.stringify(lines[1]) + '\n');
    const { io, out } = memoryIo('');
    expect(await runAnalyze(['--input', join(dir, 'in.jsonl')], io)).toBe(0);
    expect((JSON.parse(out()) as { id: unknown }).id).toBe(2);
    const help = memoryIo('');
    expect(await runAnalyze(['--help'], help.io)).toBe(0);
    expect(help.out()).toContain('Usage: rapport analyze');
  });

  it('--eval scores GoEmotions TSV and cx/ JSON lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-eval-'));
    const cx = {
      id: 'x1',
      text: 'Thank you to Marcus, he was brilliant.',
      ekman: ['joy'],
      sentiment: 'positive',
      praise: true,
      churn_risk: false,
      effort: false,
      escalation_request: 'none',
      humour: false,
    };
    writeFileSync(
      join(dir, 'mixed.txt'),
      [
        'I am so angry right now\t2\tid1',
        'This is great, thanks!\t15\tid2',
        JSON.stringify(cx),
      ].join('\n'),
    );
    const { io, out } = memoryIo('');
    expect(await runAnalyze(['--eval', join(dir, 'mixed.txt')], io)).toBe(0);
    expect(out()).toContain('3 labelled texts');
    expect(out()).toMatch(/28 labels\s+macro-F1 \d\.\d{3}\s+micro-F1 \d\.\d{3}/);
    expect(out()).toMatch(/Ekman\s+macro-F1/);
    expect(out()).toMatch(/praise\s+F1 \d\.\d{3}/);
  });
});
