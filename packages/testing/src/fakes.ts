import type { Clock, Ids, IdPrefix } from '@rapport/core';
import { systemIds } from '@rapport/core';

/** A clock that stands still until told to move: SLAs and dialogues are tested without sleeping. */
export class FakeClock implements Clock {
  private t: number;
  constructor(start: string | number = '2026-01-05T09:00:00.000Z') {
    this.t = typeof start === 'number' ? start : Date.parse(start);
  }
  now(): Date {
    return new Date(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
}

/** Real ids whose time part follows the given clock, so ordering follows fake time. */
export function idsFor(clock: Clock): Ids {
  return systemIds(() => clock.now().getTime());
}

/** Predictable ids for snapshot-like assertions: cus_1, cus_2, … */
export function sequentialIds(): Ids {
  const counts = new Map<IdPrefix, number>();
  let s = 0;
  return {
    id(prefix) {
      const n = (counts.get(prefix) ?? 0) + 1;
      counts.set(prefix, n);
      return `${prefix}_${n}`;
    },
    secret() {
      s += 1;
      return `secret${s.toString().padStart(28, '0')}`;
    },
  };
}
