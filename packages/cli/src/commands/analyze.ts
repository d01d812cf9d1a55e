/**
 * `rapport analyze`: emotions, sentiment and CX signals of texts, as JSON Lines (the format is
 * a public interface, documented in docs/ANALYZE.md). Streams: one line in, one line out, in
 * order, in constant memory. `--eval FILE` scores the model on labelled data instead.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  EMOTION_LABELS,
  EvaluationTally,
  analyzeText,
  emotionModel,
  parseCxRecord,
  parseGoEmotionsLine,
  type GroupScore,
  type LabelledText,
  type TextAnalysis,
} from '@rapport/core';
import type { Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { progressBar } from '../progress.ts';

export const ANALYZE_USAGE = `Usage: rapport analyze [--input FILE]
       rapport analyze --eval FILE

Reads JSON Lines {"id": ..., "text": ...} on standard input (or from FILE) and writes one JSON
line per input, in the same order:
  {"id": ..., "emotions": {"admiration": p, ... all 28 GoEmotions labels},
   "ekman": ["joy", ...], "sentiment": "positive|negative|ambiguous|neutral",
   "signals": {"praise": p, "churn_risk": p, "effort": p, "humour": p, "urgency": p,
               "escalation_request": "none|praise|complaint"},
   "triggers": {"<signal>": ["words", ...], "praise_of": ["Jessica", ...]}}
p is a probability in [0, 1]; a signal counts as present at p >= 0.5. A line that cannot be
read is reported on standard error with its line number; the others are still analysed and
the exit code is 1. See docs/ANALYZE.md.

Options:
  --input FILE   Read from FILE instead of standard input
  --eval FILE    Score the model on labelled data (GoEmotions TSV, or JSON Lines in the cx/
                 format) and print macro- and micro-F1 per grouping and per signal
  --help         Show this help`;

const round = (p: number): number => Math.round(p * 10000) / 10000;

/** The public output line of one analysed text. */
export function analyzeLine(id: unknown, a: TextAnalysis): Record<string, unknown> {
  const emotions: Record<string, number> = {};
  for (const label of EMOTION_LABELS) emotions[label] = round(a.emotions[label]);
  const s = a.signals;
  const triggers: Record<string, string[]> = {};
  for (const key of ['praise', 'churn_risk', 'effort', 'humour', 'urgency'] as const) {
    if (s[key].present && s[key].triggers.length > 0) triggers[key] = s[key].triggers;
  }
  if (s.praise.targets.length > 0) triggers.praise_of = s.praise.targets;
  if (s.escalation_request.triggers.length > 0)
    triggers.escalation_request = s.escalation_request.triggers;
  return {
    id,
    emotions,
    ekman: a.ekman,
    sentiment: a.sentiment,
    signals: {
      praise: round(s.praise.probability),
      churn_risk: round(s.churn_risk.probability),
      effort: round(s.effort.probability),
      humour: round(s.humour.probability),
      urgency: round(s.urgency.probability),
      escalation_request: s.escalation_request.value,
    },
    triggers,
  };
}

function readLines(io: CliIo, file: string | undefined): AsyncIterable<string> {
  const input = file ? createReadStream(resolve(io.cwd, file), { encoding: 'utf8' }) : io.stdin;
  return createInterface({ input, crlfDelay: Infinity });
}

/** The id and text of one input line, or the reason it cannot be read. */
export function parseInputLine(line: string): { id: unknown; text: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'is not a JSON object' };
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return { error: 'has no "text" string' };
  return { id: o.id ?? null, text: o.text };
}

function write(io: CliIo, text: string): Promise<void> {
  return new Promise((done) => {
    if (io.stdout.write(text)) done();
    else io.stdout.once('drain', () => done());
  });
}

async function analyzeStream(io: CliIo, file: string | undefined): Promise<number> {
  const model = emotionModel();
  const progress = progressBar(io, 'analyze');
  let lineNo = 0;
  let done = 0;
  let bad = 0;
  for await (const line of readLines(io, file)) {
    lineNo++;
    if (line.trim() === '') continue;
    const parsed = parseInputLine(line);
    if ('error' in parsed) {
      bad++;
      io.stderr.write(`Line ${lineNo} ${parsed.error}, so it was skipped.\n`);
      continue;
    }
    await write(io, `${JSON.stringify(analyzeLine(parsed.id, analyzeText(parsed.text, model)))}\n`);
    progress.update(++done);
  }
  progress.finish();
  if (bad > 0) io.stderr.write(`${bad} of ${done + bad} lines could not be read.\n`);
  return bad > 0 ? 1 : 0;
}

/** A labelled line: TSV for GoEmotions, a JSON object for cx/. */
export function parseLabelledLine(line: string): LabelledText | null {
  if (line.trimStart().startsWith('{')) {
    try {
      return parseCxRecord(JSON.parse(line));
    } catch {
      return null;
    }
  }
  return parseGoEmotionsLine(line);
}

function scoreLine(name: string, s: GroupScore): string {
  return `${name.padEnd(22)} macro-F1 ${s.macroF1.toFixed(3)}  micro-F1 ${s.microF1.toFixed(3)}  (n = ${s.n})`;
}

async function evaluate(io: CliIo, file: string): Promise<number> {
  const model = emotionModel();
  const tally = new EvaluationTally();
  const progress = progressBar(io, 'eval');
  let lineNo = 0;
  let bad = 0;
  for await (const line of readLines(io, file)) {
    lineNo++;
    if (line.trim() === '') continue;
    const gold = parseLabelledLine(line);
    if (!gold) {
      bad++;
      io.stderr.write(
        `Line ${lineNo} is neither a GoEmotions TSV row nor a cx/ JSON object, so it was skipped.\n`,
      );
      continue;
    }
    tally.add(gold, analyzeText(gold.text, model));
    progress.update(lineNo);
  }
  progress.finish();
  const r = tally.report();
  const out = [`${r.n} labelled texts, model ${model.name}`];
  if (r.labels) out.push(scoreLine('28 labels', r.labels));
  out.push(scoreLine('Ekman', r.ekman));
  if (r.sentiments) out.push(scoreLine('sentiment (sets)', r.sentiments));
  if (r.sentiment) out.push(scoreLine('sentiment (one)', r.sentiment));
  if (r.signals) {
    for (const [name, s] of Object.entries(r.signals)) {
      out.push(
        `${name.padEnd(22)} F1 ${(s.perClass.yes?.f1 ?? 0).toFixed(3)}  (${s.perClass.yes?.support ?? 0} positive)`,
      );
    }
  }
  if (r.escalation) out.push(scoreLine('escalation_request', r.escalation));
  await write(io, `${out.join('\n')}\n`);
  return bad > 0 ? 1 : 0;
}

export async function runAnalyze(args: string[], io: CliIo): Promise<number> {
  let values: { input?: string; eval?: string; help?: boolean };
  try {
    values = parseArgs({
      args,
      options: { input: { type: 'string' }, eval: { type: 'string' }, help: { type: 'boolean' } },
    }).values;
  } catch (e) {
    io.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${ANALYZE_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    await write(io, `${ANALYZE_USAGE}\n`);
    return 0;
  }
  try {
    if (values.eval !== undefined) return await evaluate(io, values.eval);
    return await analyzeStream(io, values.input);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const file = values.eval ?? values.input ?? 'the input';
    if (code === 'ENOENT') io.stderr.write(`Cannot read ${file}: no such file.\n`);
    else if (code === 'EISDIR')
      io.stderr.write(`Cannot read ${file}: it is a folder, not a file.\n`);
    else io.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: ANALYZE_USAGE,
  run: (args, io) => runAnalyze(args, io),
};
