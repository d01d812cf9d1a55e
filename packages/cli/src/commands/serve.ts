import { parseArgs } from 'node:util';
import { loadSettings } from '@rapport/config';
import type { Command } from '../command.ts';

export const serveCommand: Command = {
  name: 'serve',
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
    // Loaded here, not at the top: every other command starts without the server's modules.
    const { startServer } = await import('@rapport/server');
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
