/** Identifiers and secrets. Core decides *when* an id or token is needed; generation is a port. */
export type IdPrefix =
  | 'ws'
  | 'usr'
  | 'key'
  | 'ses'
  | 'tm'
  | 'emp'
  | 'cus'
  | 'int'
  | 'srv'
  | 'inv'
  | 'rsp'
  | 'sig'
  | 'rul'
  | 'cas'
  | 'prs'
  | 'tsk'
  | 'job'
  | 'whk'
  | 'dlv'
  | 'evt'
  | 'aud'
  | 'eng'
  | 'imp';

export interface Ids {
  /** A new time-ordered unique id with its type prefix, e.g. `cus_01JD3…`. */
  id(prefix: IdPrefix): string;
  /** A new unguessable secret of at least 128 bits, URL-safe. */
  secret(): string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** ULID body (26 chars): 48-bit millisecond time then 80 random bits, Crockford base32. */
export function ulid(timeMs: number, random: Uint8Array): string {
  if (random.length < 10) throw new Error('ulid needs 10 random bytes');
  let t = Math.floor(timeMs);
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let bits = 0;
  let acc = 0;
  let rand = '';
  for (let i = 0; i < 10; i++) {
    acc = (acc << 8) | (random[i] ?? 0);
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      rand += CROCKFORD[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return time + rand;
}

/** The ids of a running system: time from the given clock, randomness from Web Crypto. */
export function systemIds(now: () => number = Date.now): Ids {
  let lastTime = -1;
  let lastRandom = new Uint8Array(10);
  // Random bytes drawn 1 KiB at a time: one call to the generator per hundred ids.
  const pool = new Uint8Array(1020);
  let used = pool.length;
  const fresh = () => {
    if (used === pool.length) {
      globalThis.crypto.getRandomValues(pool);
      used = 0;
    }
    used += 10;
    return pool.slice(used - 10, used);
  };
  return {
    id(prefix) {
      const t = now();
      if (t === lastTime) {
        // Monotonic within a millisecond: increment the random part so ids stay ordered.
        for (let i = 9; i >= 0; i--) {
          const v = (lastRandom[i] ?? 0) + 1;
          lastRandom[i] = v & 255;
          if (v < 256) break;
        }
      } else {
        lastTime = t;
        lastRandom = fresh();
      }
      return `${prefix}_${ulid(t, lastRandom)}`;
    },
    secret() {
      const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    },
  };
}
