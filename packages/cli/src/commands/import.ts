import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databaseTarget, loadSettings } from '@rapport/config';
import {
  IMPORT_KINDS,
  PRESETS,
  systemClock,
  systemIds,
  type ImportKind,
  type ImportMapping,
  type Preset,
} from '@rapport/core';
import { openStore } from '@rapport/store';
import { UsageError, type Command } from '../command.ts';
import { progressBar } from '../progress.ts';
import { runImport } from '../transfer/import-runner.ts';
import { mappingOf } from '../transfer/mapping-file.ts';
import { checkInFile, fileSize, formatOf } from '../transfer/records.ts';
import { pickWorkspace } from '../transfer/workspace.ts';
import { importWorkspace } from '../transfer/workspace-move.ts';

function readMapping(path: string, kind: ImportKind): ImportMapping {
  let m: unknown;
  if (!existsSync(path)) throw new UsageError(`There is no mapping file ${path}.`);
  try {
    m = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(
      `The mapping file ${path} cannot be read as JSON (${(e as Error).message}).`,
    );
  }
  return mappingOf(m, path, kind);
}

export const importCommand: Command = {
  name: 'import',
  usage: `Usage: rapport import <customers|employees|interactions|responses> FILE [options]

Reads FILE (CSV, or JSON Lines for .jsonl/.ndjson) and stores each row through the same checks
as the API. A bad row never stops the rest: each rejected row is reported with its line and
reason. Rows already imported (same external id) are skipped as duplicates, so an import that
stopped half-way is resumed by running it again. Exit code 1 when any row was rejected.

Options:
  --mapping FILE     Column mapping (JSON): {"columns": {"email": "E-mail", "name": ["First", "Last"]},
                     "headerRows": 1, "questions": {"nps": "Q1"}, "surveyId": "srv_…"} — see docs/IMPORT.md
  --preset NAME      Read another tool's export as it is: ${PRESETS.join(', ')} (responses)
  --survey ID        The survey the responses answer (responses)
  --channel NAME     Channel the responses came from: sms, email, web, chat (default web; chatwoot: chat)
  --workspace ID     The workspace to import into (needed when the database has several)
  --format csv|jsonl Override the format guessed from the file name
  --dry-run          Check every row and report what would be imported; store nothing
  --json             Print the report as one JSON object

  rapport import --all FILE [--replace]
                     Load a whole workspace written by \`rapport export --all\` (another database's);
                     --replace overwrites a workspace of the same id`,
  async run(args, io, env) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        mapping: { type: 'string' },
        preset: { type: 'string' },
        survey: { type: 'string' },
        channel: { type: 'string' },
        workspace: { type: 'string' },
        format: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
      },
    });
    if (values.all) {
      const file = positionals[0];
      if (!file)
        throw new UsageError('Give the workspace export to import: rapport import --all FILE.');
      checkInFile(file);
      const settings = loadSettings(env);
      const store = await openStore(databaseTarget(settings.databaseUrl));
      try {
        const bar = progressBar(io, 'Importing rows');
        const out = await importWorkspace(store, file, {
          replace: values.replace,
          onRow: (n) => n % 1000 === 0 && bar.update(n),
        });
        bar.finish();
        io.stdout.write(`Imported workspace ${out.workspaceId}: ${out.rows} rows.\n`);
        return 0;
      } finally {
        await store.close();
      }
    }
    const [kind, path] = positionals;
    if (!kind || !(IMPORT_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`Say what to import: ${IMPORT_KINDS.join(', ')}.`);
    if (!path) throw new UsageError('Give the file to import.');
    checkInFile(path);
    const size = fileSize(path);
    if (values.preset && !(PRESETS as readonly string[]).includes(values.preset))
      throw new UsageError(`--preset must be one of ${PRESETS.join(', ')}.`);
    if (values.preset && kind !== 'responses')
      throw new UsageError('Presets read survey exports: use them with `import responses`.');
    const mapping = values.mapping ? readMapping(values.mapping, kind as ImportKind) : undefined;
    const settings = loadSettings(env);
    const store = await openStore(databaseTarget(settings.databaseUrl));
    try {
      const workspaceId = await pickWorkspace(store, values.workspace);
      const bar = values.json
        ? undefined
        : progressBar(io, values['dry-run'] ? 'Checking' : 'Importing', size, { bytes: true });
      const report = await runImport(
        store,
        { clock: systemClock, ids: systemIds() },
        {
          kind: kind as ImportKind,
          path,
          format: formatOf(path, values.format),
          workspaceId,
          mapping,
          preset: values.preset as Preset | undefined,
          surveyId: values.survey,
          channel: values.channel,
          dryRun: values['dry-run'],
          onProgress: (bytes) => bar?.update(bytes, size),
        },
      );
      bar?.finish();
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ kind, dryRun: values['dry-run'], ...report })}\n`);
      } else {
        for (const r of report.rejected)
          io.stdout.write(`line ${r.line}: ${r.field}: ${r.message}\n`);
        const verb = values['dry-run'] ? 'Dry run, nothing stored: would import' : 'Imported';
        io.stdout.write(
          `${verb} ${kind} from ${report.read} rows: ${report.created} ${values['dry-run'] ? 'new' : 'created'}, ` +
            `${report.duplicates} already there, ${report.rejected.length} rejected.\n`,
        );
      }
      return report.rejected.length ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
