/** The way a compliment travelled: its deliveries in order, each in words. */
import type { Praise, PraiseDelivery } from '@rapport/contracts';

export interface ChainStep {
  employeeId: string;
  level: number;
  via: PraiseDelivery['via'];
  /** "praised", "their manager", "passed up by Noah Fischer". */
  how: string;
  note: string | null;
  at: string;
}

type Name = (employeeId: string) => string | undefined;

export function praiseChain(p: Pick<Praise, 'deliveries'>, name: Name): ChainStep[] {
  return [...p.deliveries]
    .sort((a, b) => a.level - b.level || a.deliveredAt.localeCompare(b.deliveredAt))
    .map((d) => ({
      employeeId: d.employeeId,
      level: d.level,
      via: d.via,
      how:
        d.via === 'praised'
          ? 'praised'
          : d.via === 'manager'
            ? 'their manager'
            : `passed up by ${d.passedBy ? (name(d.passedBy) ?? 'a colleague') : 'a colleague'}`,
      note: d.note,
      at: d.deliveredAt,
    }));
}

/**
 * Whom `employeeId` may pass the praise to: their own manager, if they received it and the
 * manager has not yet. Undefined: they may not pass it on.
 */
export function passTarget(
  p: Pick<Praise, 'deliveries'>,
  employeeId: string | null,
  managerOf: (id: string) => string | null | undefined,
): string | undefined {
  if (!employeeId || !p.deliveries.some((d) => d.employeeId === employeeId)) return undefined;
  const manager = managerOf(employeeId);
  if (!manager || p.deliveries.some((d) => d.employeeId === manager)) return undefined;
  return manager;
}

/** "praised", "their manager, 1 level up", "passed up by Noah Fischer, 2 levels up". */
export function stepWords(s: Pick<ChainStep, 'how' | 'level'>): string {
  if (s.level <= 0) return s.how;
  return `${s.how}, ${s.level} level${s.level === 1 ? '' : 's'} up`;
}
