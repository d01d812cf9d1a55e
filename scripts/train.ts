/**
 * `npm run train [-- --data DIR] [--out FILE] [--limit N]`: rebuilds the emotion model artefact
 * from the labelled data, bit for bit. Progress goes to stderr.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MODEL_PATH, numberFlag, parseArgs } from './lib/args.ts';
import { DEFAULT_SETTINGS, buildModel } from './lib/pipeline.ts';

function main(): void {
  const args = parseArgs(process.argv.slice(2), process.cwd());
  if (args.flags.has('help')) {
    console.log('usage: npm run train -- [--data DIR] [--out FILE] [--limit N]');
    return;
  }
  const out = resolve(process.cwd(), args.flags.get('out') ?? MODEL_PATH);
  const settings = { ...DEFAULT_SETTINGS, limit: numberFlag(args, 'limit', 0) };
  const t0 = Date.now();
  const json = buildModel(args.data, settings, (msg) => console.error(`train: ${msg}`));
  const text = `${JSON.stringify(json)}\n`;
  writeFileSync(out, text);
  console.error(
    `train: wrote ${out} (${(text.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main();
