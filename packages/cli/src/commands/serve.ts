import { parseArgs } from 'node:util';
import { loadSettings } from '@rapport/config';
import { startServer } from '@rapport/server';
import type { Command } from '../command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the server: API, web app and survey pages on one port',
  usage: `Usage: rapport serve [--port N] [--host ADDRESS]

Starts Rapport on PORT (default 3000) with the database named by DATABASE_URL (default
./data/rapport.db, migrated on start). Stops gracefully on Ctrl-C or SIGTERM.
Every setting is listed in docs/CONFIGURATION.md.

Options:
  --port N         Listen on port N (overrides PORT)
  --host ADDRESS   Listen on ADDRESS (overrides HOST; 0.0.0.0 for all interfaces)`,
  async run(args, io, env) {
    const { values } = parseArgs({
      args,
      options: { port: { type: 'string' }, host: { type: 'string' } },
    });
    const settings = loadSettings({
      ...env,
      ...(values.port ? { PORT: values.port } : {}),
      ...(values.host ? { HOST: values.host } : {}),
    });
    const server = await startServer(settings);
    io.stdout.write(
      `Rapport is listening on ${server.url} (database: ${server.store.dialect}). Press Ctrl-C to stop.\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        io.stdout.write('Stopping: draining requests…\n');
        server.close().then(resolve, resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
