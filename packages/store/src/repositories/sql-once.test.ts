import { describe, expect, it } from 'vitest';
import { CompiledQuery } from 'kysely';
import { sqlOnce, withValues } from './sql-once.ts';

describe('SQL built once per dialect', () => {
  it('builds a query the first time only, apart for each dialect and name', () => {
    let built = 0;
    const build = (text: string) => () => {
      built++;
      return CompiledQuery.raw(text, ['stand-in']);
    };
    expect(sqlOnce('sqlite', 'test.a', build('select ?'))).toBe('select ?');
    expect(sqlOnce('sqlite', 'test.a', build('not used'))).toBe('select ?');
    expect(sqlOnce('postgres', 'test.a', build('select $1'))).toBe('select $1');
    expect(sqlOnce('sqlite', 'test.b', build('select ? + 1'))).toBe('select ? + 1');
    expect(built).toBe(3);
  });

  it('runs with the values given, not the stand-ins it was built with', () => {
    const q = withValues('select ?, ?', ['ws_1', 'srv_1']);
    expect(q.sql).toBe('select ?, ?');
    expect(q.parameters).toEqual(['ws_1', 'srv_1']);
  });
});
