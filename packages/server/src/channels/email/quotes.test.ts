import { describe, expect, it } from 'vitest';
import { stripQuoted } from './quotes.ts';

describe('stripping quoted history from e-mail replies', () => {
  it('keeps the new words and drops Gmail, Outlook and Apple quoting and signatures', () => {
    expect(
      stripQuoted(
        '1\r\n\r\nOn Mon, 23 Nov 2026 at 15:00, Carrier <reply+ws_x.abc@reply.example.com>\r\nwrote:\r\n> How likely are you to recommend Carrier?\r\n> 1 = definitely not',
      ),
    ).toBe('1');
    expect(
      stripQuoted('Ten!\n\n-----Original Message-----\nFrom: Carrier\nSent: Monday\n\nHow likely…'),
    ).toBe('Ten!');
    expect(stripQuoted('The store manager was rude.\n> earlier\n> more\n')).toBe(
      'The store manager was rude.',
    );
    expect(stripQuoted('Fine thanks\n-- \nMichael Allenson\nCEO')).toBe('Fine thanks');
    expect(stripQuoted('9\n\nSent from my iPhone')).toBe('9');
    expect(stripQuoted('El lun., 23 nov. 2026, Carrier escribió:\n> ¿Recomendaría…?')).toBe('');
    expect(stripQuoted('  \n  ')).toBe('');
  });

  it('keeps a plain answer whole, across lines', () => {
    expect(stripQuoted('Line one\nline two: still mine\n')).toBe('Line one\nline two: still mine');
  });
});
