import { describe, expect, test } from 'vitest';
import { shareRange } from './share-range.ts';

describe('a share’s interval in the journey table', () => {
  test('is in whole percent when that tells the bounds apart', () => {
    expect(shareRange(19.2, 24.4)).toBe('19–24');
    expect(shareRange(0, 2.1)).toBe('0–2');
  });

  test('keeps a decimal where whole numbers would read as no uncertainty', () => {
    expect(shareRange(0, 0.4183)).toBe('0–0.4');
    expect(shareRange(99.61, 100)).toBe('99.6–100');
  });

  test('an exact share stays as it is', () => {
    expect(shareRange(100, 100)).toBe('100–100');
  });
});
