import { describe, expect, it } from 'vitest';
import { prefers } from './prefer.ts';

describe('prefers (RFC 7240)', () => {
  it('finds a preference among others, in any case, with parameters', () => {
    expect(prefers('respond-async', 'respond-async')).toBe(true);
    expect(prefers('return=minimal, Respond-Async; wait=10', 'respond-async')).toBe(true);
    expect(prefers(['handling=lenient', 'respond-async'], 'respond-async')).toBe(true);
  });
  it('does not match a missing header, another preference or a longer name', () => {
    expect(prefers(undefined, 'respond-async')).toBe(false);
    expect(prefers('', 'respond-async')).toBe(false);
    expect(prefers('return=representation', 'respond-async')).toBe(false);
    expect(prefers('respond-asynchronously', 'respond-async')).toBe(false);
    expect(prefers('x=respond-async', 'respond-async')).toBe(false);
  });
});
