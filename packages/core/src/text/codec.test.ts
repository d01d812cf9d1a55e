import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeDeltas, encodeBase64, encodeDeltas } from './codec.ts';

describe('codec', () => {
  it('base64 round-trips any bytes and matches the standard alphabet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
        expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('rejects characters outside base64', () => {
    expect(() => decodeBase64('ab$d')).toThrow('Invalid base64');
  });

  it('delta varints round-trip sorted integers', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 24 }), { maxLength: 200 }),
        (xs) => {
          const sorted = [...xs].sort((a, b) => a - b);
          expect(Array.from(decodeDeltas(encodeDeltas(sorted)))).toEqual(sorted);
        },
      ),
    );
  });
});
