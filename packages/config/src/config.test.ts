import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, databaseTarget, loadSettings } from './config.ts';

describe('loadSettings', () => {
  it('has working defaults', () => {
    const s = loadSettings({});
    expect(s.port).toBe(3000);
    expect(s.databaseUrl).toBe('./data/rapport.db');
    expect(s.publicUrl).toBe('http://localhost:3000');
    expect(s.worker).toBe(true);
  });

  it('reads environment variables and derives the public URL from PORT', () => {
    const s = loadSettings({ PORT: '8080', WORKER: 'false', LOG_LEVEL: 'warn' });
    expect(s.port).toBe(8080);
    expect(s.worker).toBe(false);
    expect(s.publicUrl).toBe('http://localhost:8080');
  });

  it('refuses a bad value with a sentence naming the variable', () => {
    expect(() => loadSettings({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadSettings({ PORT: 'eighty' })).toThrow(/^PORT is not valid/);
    expect(() => loadSettings({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadSettings({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadSettings({ PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
  });

  it('merges a JSON config file under the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    const file = join(dir, 'rapport.json');
    writeFileSync(file, JSON.stringify({ port: 4000, logLevel: 'debug' }));
    const s = loadSettings({ RAPPORT_CONFIG: file, LOG_LEVEL: 'error' });
    expect(s.port).toBe(4000);
    expect(s.logLevel).toBe('error');
  });

  it('refuses an unreadable or unknown config file content', () => {
    expect(() => loadSettings({ RAPPORT_CONFIG: '/nonexistent/rapport.json' })).toThrow(
      /cannot be read/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ prot: 1 }));
    expect(() => loadSettings({ RAPPORT_CONFIG: file })).toThrow(/Unknown setting prot/);
  });
});

describe('databaseTarget', () => {
  it('tells SQLite from PostgreSQL', () => {
    expect(databaseTarget('./data/x.db')).toEqual({ dialect: 'sqlite', path: './data/x.db' });
    expect(databaseTarget('sqlite:./x.db')).toEqual({ dialect: 'sqlite', path: './x.db' });
    expect(databaseTarget('postgres://u@h/db')).toEqual({
      dialect: 'postgres',
      url: 'postgres://u@h/db',
    });
    expect(() => databaseTarget('mysql://h/db')).toThrow(/DATABASE_URL/);
  });
});

describe('TRUST_PROXY', () => {
  it('reads off, every hop, or the balancers’ addresses', () => {
    expect(loadSettings({}).trustProxy).toBe(false);
    expect(loadSettings({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadSettings({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadSettings({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(loadSettings({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      '::1',
    ]);
    expect(loadSettings({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    expect(() => loadSettings({ TRUST_PROXY: 'the balancer' })).toThrow(
      /^TRUST_PROXY is not valid/,
    );
    expect(() => loadSettings({ TRUST_PROXY: '10.0.0.0/8/1' })).toThrow(/TRUST_PROXY/);
  });
});
