import { describe, expect, it } from 'vitest';
import { baseLanguage, localize } from './localize.ts';

describe('baseLanguage', () => {
  it('takes the base of a tag, whatever its case or separator', () => {
    expect(baseLanguage('es-MX')).toBe('es');
    expect(baseLanguage('ES_mx')).toBe('es');
    expect(baseLanguage('en')).toBe('en');
    expect(baseLanguage('')).toBe('');
  });
});

describe('localize', () => {
  it('falls back from the tag to its base, then to the default language', () => {
    const t = { en: 'Hello', es: 'Hola' };
    expect(localize(t, 'es-MX', 'en')).toBe('Hola');
    expect(localize(t, 'fr', 'en')).toBe('Hello');
    expect(localize('Plain', 'es', 'en')).toBe('Plain');
  });
});
