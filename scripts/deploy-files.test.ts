/**
 * Keeps the deployment files honest (docs/DEPLOY.md, Dockerfile, compose.yaml, deploy/*): every
 * environment variable they name is a setting packages/config knows, every `rapport <command>`
 * and its options exist in the CLI, the health paths they probe answer, and the files the
 * systemd units and compose point at exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadSettings, SETTINGS } from '@rapport/config';
import { systemClock, systemIds } from '@rapport/core';
import { buildApp } from '@rapport/server';
import { openStore } from '@rapport/store';
import { freshTarget } from '@rapport/testing';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../packages/cli/src/commands/index.ts';

const ROOT = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

const FILES = [
  'docs/DEPLOY.md',
  'Dockerfile',
  'compose.yaml',
  ...readdirSync(new URL('deploy/', ROOT)).map((f) => `deploy/${f}`),
];

/** Variables of other programs the files may name: the postgres image's, the shell's. */
const FOREIGN = new Set(['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB', 'IFS']);
/** All-capital words in the prose that are not variables: signals, a Linux capability. */
const NOT_VARIABLES = new Set(['SIGTERM', 'SIGKILL', 'SIGINT', 'CAP_NET_BIND_SERVICE']);
const NAME = '[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*';

/** The environment variable names a file mentions, by the ways each kind of file names them. */
function variables(path: string, text: string): string[] {
  const found = new Set<string>();
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) if (m[1] && !NOT_VARIABLES.has(m[1])) found.add(m[1]);
  };
  add(new RegExp(`(?<![\\w.$/-])(${NAME})=`, 'g')); // NAME=value: env files, ENV, shell, docs
  add(new RegExp(`\\$\\{?(${NAME})`, 'g')); // $NAME, ${NAME}, ${NAME:-…}: shell, compose
  add(new RegExp(`process\\.env\\.(${NAME})`, 'g')); // the Dockerfile's health check
  if (path.endsWith('.yaml')) add(new RegExp(`^\\s+(${NAME}):`, 'gm')); // environment: keys
  if (path.endsWith('.md')) add(new RegExp(`\`(${NAME})\``, 'g')); // `NAME` in the prose
  return [...found];
}

interface Invocation {
  file: string;
  command: string;
  options: string[];
}

/** `rapport <command> [--options]`: as the CLI (bin/rapport.js), `rapport`, or an image's argument. */
function invocations(file: string, text: string): Invocation[] {
  const found: Invocation[] = [];
  const re =
    /(?:rapport\.js|(?:^|[`$;&|(]|\b(?:npx|exec|run)(?: [\w-]+)? )[ \t]*rapport)[ \t]+([a-z][\w-]*)([^\n`;&|]*)/gm;
  for (const m of text.matchAll(re))
    found.push({
      file,
      command: m[1]!,
      options: [...(m[2] ?? '').matchAll(/(?<!\S)(--[a-z][\w-]*)/g)].map((o) => o[1]!),
    });
  // The image's default command (CMD ["serve"]) and compose's command: ['worker'].
  for (const m of text.matchAll(/^(?:CMD|\s+command:)\s*\[\s*["']([a-z][\w-]*)["']/gm))
    found.push({ file, command: m[1]!, options: [] });
  return found;
}

describe('deployment files', () => {
  const texts = FILES.map((file) => ({ file, text: read(file) }));

  it('name only settings packages/config knows', () => {
    const known = new Set(SETTINGS.map((s) => s.env));
    const unknown = texts.flatMap(({ file, text }) =>
      variables(file, text)
        .filter((v) => !known.has(v) && !FOREIGN.has(v))
        .map((v) => `${file}: ${v}`),
    );
    expect(unknown).toEqual([]);
    // The extraction works: the files do name the settings a deployment sets.
    const named = new Set(texts.flatMap(({ file, text }) => variables(file, text)));
    for (const v of ['DATABASE_URL', 'PUBLIC_URL', 'TRUST_PROXY', 'WORKER', 'SMTP_URL', 'HOST'])
      expect(named).toContain(v);
  });

  it('run only commands and options the CLI has', async () => {
    const calls = texts.flatMap(({ file, text }) => invocations(file, text));
    const wrong: string[] = [];
    for (const c of calls) {
      const entry = COMMANDS.find((k) => k.name === c.command);
      const command = await entry?.load();
      if (!command) wrong.push(`${c.file}: rapport ${c.command}`);
      else
        for (const o of c.options)
          if (o !== '--help' && !command.usage.includes(o))
            wrong.push(`${c.file}: rapport ${c.command} ${o}`);
    }
    expect(wrong).toEqual([]);
    const used = new Set(calls.map((c) => c.command));
    for (const c of ['serve', 'worker', 'migrate', 'backup', 'export', 'import'])
      expect(used).toContain(c);
  });

  it('probe health paths that answer', async () => {
    const probed = new Set<string>();
    for (const { text } of texts)
      for (const m of text.matchAll(
        /(?<![\w/.-])(\/(?:healthz|readyz|livez|health|ready|metrics))\b/g,
      ))
        probed.add(m[1]!);
    expect(probed).toContain('/healthz');
    expect(probed).toContain('/readyz');
    const { target, drop } = await freshTarget('sqlite');
    const store = await openStore(target);
    const app = await buildApp({
      store,
      settings: loadSettings({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' }),
      clock: systemClock,
      ids: systemIds(),
      logger: false,
    });
    try {
      await app.ready();
      for (const url of probed) {
        // inject() comes from 127.0.0.1: /metrics answers loopback clients without a token.
        const res = await app.inject({ method: 'GET', url });
        expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
      }
    } finally {
      await app.close();
      await store.close();
      await drop();
    }
  });

  it('point at files that exist, and agree on the port, the data folder and the stop time', () => {
    // ExecStart=/usr/bin/node /opt/rapport/<path>: the checkout lives in /opt/rapport.
    for (const unit of FILES.filter((f) => f.endsWith('.service'))) {
      const text = read(unit);
      expect(text).toMatch(/^WorkingDirectory=\/opt\/rapport$/m);
      for (const m of text.matchAll(/\/opt\/rapport\/(\S+)/g))
        expect(existsSync(new URL(m[1]!, ROOT)), `${unit}: ${m[1]}`).toBe(true);
    }
    const compose = read('compose.yaml');
    for (const m of compose.matchAll(/^\s+- \.\/(\S+?):/gm))
      expect(existsSync(new URL(m[1]!, ROOT)), `compose.yaml: ${m[1]}`).toBe(true);
    const port = SETTINGS.find((s) => s.env === 'PORT')!.default;
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
    expect(dockerfile).toMatch(/^VOLUME \/app\/data$/m);
    expect(dockerfile).toMatch(/DATABASE_URL=\/app\/data\//);
    expect(read('deploy/compose.Caddyfile')).toContain(`server-1:${port} server-2:${port}`);
    // A worker finishes its running jobs for up to 30 s on SIGTERM; stops must wait longer.
    expect(
      Number(/^TimeoutStopSec=(\d+)$/m.exec(read('deploy/rapport.service'))?.[1]),
    ).toBeGreaterThan(30);
    expect(Number(/stop_grace_period: (\d+)s/.exec(compose)?.[1])).toBeGreaterThan(30);
  });
});
