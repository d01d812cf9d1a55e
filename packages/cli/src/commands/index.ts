/**
 * The commands `rapport` knows, each loaded only when it is run: a command starts without the
 * others' modules (the server's alone took about a second to load), and `rapport --help` loads none.
 */
import type { Command } from '../command.ts';

export interface CommandEntry {
  name: string;
  /** One line for `rapport --help`. */
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'serve',
    summary: 'Run the server: API, web app and survey pages on one port',
    load: async () => (await import('./serve.ts')).serveCommand,
  },
  {
    name: 'worker',
    summary: 'Run the job worker alone (with PostgreSQL, as many as you like)',
    load: async () => (await import('./worker.ts')).workerCommand,
  },
  {
    name: 'jobs',
    summary: 'Inspect the job queue: stats, dead jobs, retry one',
    load: async () => (await import('./jobs.ts')).jobsCommand,
  },
  {
    name: 'migrate',
    summary: 'Bring the database schema up to date',
    load: async () => (await import('./migrate.ts')).migrateCommand,
  },
  {
    name: 'workspace',
    summary: 'Create a new, empty workspace with its first admin, or list the workspaces',
    load: async () => (await import('./workspace.ts')).workspaceCommand,
  },
  {
    name: 'demo',
    summary: 'Create a workspace filled with realistic demo data',
    load: async () => (await import('./demo.ts')).demoCommand,
  },
  {
    name: 'analyze',
    summary: 'Read emotions, sentiment and CX signals of texts (JSON Lines in and out)',
    load: async () => (await import('./analyze.ts')).analyzeCommand,
  },
  {
    name: 'customer',
    summary: "Export a customer's data as JSON, or erase the customer everywhere",
    load: async () => (await import('./customer.ts')).customerCommand,
  },
  {
    name: 'signals',
    summary: 'Re-analyse stored texts with the current emotion model',
    load: async () => (await import('./signals.ts')).signalsCommand,
  },
  {
    name: 'import',
    summary: 'Import customers, employees, interactions or responses from CSV or JSONL',
    load: async () => (await import('./import.ts')).importCommand,
  },
  {
    name: 'export',
    summary: 'Export customers, employees, interactions, responses — or a whole workspace',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  {
    name: 'backup',
    summary: 'Back up the SQLite database while Rapport runs (online backup API)',
    load: async () => (await import('./backup.ts')).backupCommand,
  },
];
