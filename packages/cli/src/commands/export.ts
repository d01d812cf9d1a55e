import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseTarget, loadSettings } from '@rapport/config';
import { openStore } from '@rapport/store';
import { UsageError, type Command } from '../command.ts';
import { progressBar } from '../progress.ts';
import { EXPORT_KINDS, exportKind, type ExportKind } from '../transfer/export-rows.ts';
import { exportWorkspace } from '../transfer/workspace-move.ts';
import { pickWorkspace } from '../transfer/workspace.ts';
import { checkOutFile, lineWriter } from '../transfer/writer.ts';

export const exportCommand: Command = {
  name: 'export',
  usage: `Usage: rapport export <customers|employees|interactions|responses> [options]
       rapport export --all [--workspace ID] --out FILE

Writes CSV (default) or JSON Lines, streamed in constant memory. CSV columns are Rapport's field
names, so an export imports back with \`rapport import\`; cells a spreadsheet would run as a
formula (starting with = + - @) are neutralised. Pulse (employee/leadership) responses are
anonymous and never exported one by one.

--all writes every row of a workspace as JSON Lines, to move it to another database with
\`rapport import --all FILE\` (e.g. from the SQLite default to PostgreSQL, or back).

Options:
  --format csv|jsonl  Output format (default csv; --all is always JSON Lines)
  --out FILE          Write to FILE instead of standard output (its folder must exist); FILE is
                      replaced only once the export is complete
  --survey ID         Responses: the survey (needed for CSV: one column per question)
  --workspace ID      The workspace (needed when the database has several)`,
  async run(args, io, env) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
        survey: { type: 'string' },
        workspace: { type: 'string' },
      },
    });
    const kind = positionals[0];
    if (!values.all && (!kind || !(EXPORT_KINDS as readonly string[]).includes(kind))) {
      throw new UsageError(`Say what to export: ${EXPORT_KINDS.join(', ')}, or --all.`);
    }
    if (values.format !== 'csv' && values.format !== 'jsonl')
      throw new UsageError('--format must be csv or jsonl.');
    const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
    if (out) checkOutFile(out);
    const settings = loadSettings(env);
    // The export reads each page once: a small page cache keeps its memory flat with the rows.
    const store = await openStore(databaseTarget(settings.databaseUrl), { cacheMiB: 2 });
    const writer = lineWriter(out ?? io.stdout);
    try {
      const workspaceId = await pickWorkspace(store, values.workspace);
      const bar = values.out ? progressBar(io, 'Exporting') : undefined;
      let n: number;
      if (values.all) {
        n = await exportWorkspace(
          store,
          workspaceId,
          writer.write,
          (k) => k % 1000 === 0 && bar?.update(k),
        );
      } else {
        try {
          n = await exportKind(store, {
            kind: kind as ExportKind,
            format: values.format,
            workspaceId,
            surveyId: values.survey,
            write: writer.write,
            onRows: (k) => bar?.update(k),
          });
        } catch (e) {
          throw new UsageError((e as Error).message);
        }
      }
      await writer.close();
      bar?.finish();
      if (out)
        io.stderr.write(
          `Exported ${n} ${values.all ? 'rows of workspace ' + workspaceId : kind} to ${out}.\n`,
        );
      return 0;
    } catch (e) {
      await writer.abort();
      throw e;
    } finally {
      await store.close();
    }
  },
};
