/** The machine a run was measured on, for the table's header. */
import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  /** 1-minute load average at the start and end of the run (the machine is shared). */
  loadStart: number;
  loadEnd?: number;
  commit: string;
}

export function machine(): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadStart: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    commit,
  };
}

export const currentLoad = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;
