import { databaseTarget, loadSettings } from '@rapport/config';
import { openStore } from '@rapport/store';
import type { Command } from '../command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: `Usage: rapport migrate

Applies every pending migration to the database named by DATABASE_URL (default
./data/rapport.db). Safe to run while servers are up and from several processes.
\`rapport serve\` also migrates on start.`,
  async run(_args, io, env) {
    const settings = loadSettings(env);
    const store = await openStore(databaseTarget(settings.databaseUrl), { migrate: false });
    try {
      const report = await store.migrate();
      io.stdout.write(
        report.applied.length
          ? `Applied ${report.applied.length} migration(s): ${report.applied.join(', ')}. Schema is at ${report.current}.\n`
          : `Schema is up to date (${report.current ?? 'empty'}).\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
