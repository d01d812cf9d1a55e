import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../common/csv-safe.ts';
import { CsvParser, parseCsv } from './csv-parse.ts';

describe('CSV parser', () => {
  it('reads quoted fields with commas, quotes and line breaks, and reports the starting line', () => {
    const recs = parseCsv('\uFEFFid,comment\r\n1,"Hello, ""world""\nsecond line"\r\n2,plain\n3,\n');
    expect(recs.map((r) => r.fields)).toEqual([
      ['id', 'comment'],
      ['1', 'Hello, "world"\nsecond line'],
      ['2', 'plain'],
      ['3', ''],
    ]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  it('ends a last record without a line break, skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('marks a quote that never closes with the line it opened on', () => {
    const recs = parseCsv('id,comment\n1,fine\n2,"broken\n3,swallowed\n4,too\n');
    expect(recs.map((r) => r.fields[0])).toEqual(['id', '1', '2']);
    expect(recs.map((r) => r.unclosedQuoteLine)).toEqual([undefined, undefined, 3]);
    const closed = parseCsv('id,comment\n1,"a\nb"');
    expect(closed.map((r) => r.unclosedQuoteLine)).toEqual([undefined, undefined]);
  });

  it('gives the same records whatever the chunking (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 7 }),
        (rows, size) => {
          // A writer that never neutralises (plain RFC 4180) so the round trip is exact.
          const quote = (s: string) =>
            /[",\n]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
          const text = rows.map((r) => r.map(quote).join(',')).join('\n');
          const whole = parseCsv(text).map((r) => r.fields);
          const p = new CsvParser();
          const parts: string[][] = [];
          for (let i = 0; i < text.length; i += size)
            parts.push(...p.push(text.slice(i, i + size)).map((r) => r.fields));
          parts.push(...p.end().map((r) => r.fields));
          expect(parts).toEqual(whole);
          expect(whole).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back what csvLine writes', () => {
    const row = ['plain', 'with, comma', 'quote "x"', 'multi\nline'];
    expect(parseCsv(csvLine(row))[0]?.fields).toEqual(row);
  });
});

describe('restoreCsvCell', () => {
  it('undoes what neutralizeCsvCell added, and nothing else', async () => {
    const { neutralizeCsvCell } = await import('../common/csv-safe.ts');
    const { restoreCsvCell } = await import('./mapping.ts');
    for (const v of [
      '=SUM(A1)',
      '+1 555 0100',
      '-x',
      '@cmd',
      'plain',
      "'quoted already",
      '-12.5',
    ]) {
      expect(restoreCsvCell(neutralizeCsvCell(v))).toBe(v);
    }
  });
});
