/**
 * Who a compliment is about, from its words: employees named in the text ("Jessica was
 * wonderful"), or by the job they did ("the technician") among the people who served this
 * customer lately. A first name shared by several employees is settled by who served the
 * customer; if that does not settle it, nobody is guessed.
 */
import type { Employee } from '../employees/employee.ts';
import { words } from '../rules/mentions.ts';

/** Capitalised words that are not names. */
const NOT_NAMES = new Set(
  (
    'i im ive id the a an and but or so my our your his her their thanks thank thankyou please ' +
    'dear hi hello great wonderful amazing excellent good very really just it this that they ' +
    'he she we you when what who how if on in at to for of with from as by was is are be ' +
    'monday tuesday wednesday thursday friday saturday sunday ok okay yes no mr mrs ms dr'
  ).split(' '),
);

/** Words that may be names: capitalised words of the texts, and the analyser's trigger words. */
export function nameCandidates(texts: readonly string[], triggers: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/\b\p{Lu}[\p{L}'-]+/gu)) {
      const w = m[0].toLowerCase().replace(/'s$/, '');
      if (w.length >= 2 && !NOT_NAMES.has(w)) out.add(w);
    }
  for (const t of triggers)
    for (const w of words(t)) if (w.length >= 2 && !NOT_NAMES.has(w)) out.add(w);
  return [...out].slice(0, 30);
}

/**
 * The employees named: a full name in the text wins; a first name alone counts when only one
 * employee has it, or only one of those who has it served the customer (`recent`).
 */
export function matchNames(
  texts: readonly string[],
  candidates: readonly string[],
  employees: readonly Employee[],
  recent: ReadonlySet<string>,
): string[] {
  const joined = ` ${texts.map((t) => words(t).join(' ')).join(' | ')} `;
  const picked = new Set<string>();
  const byFirst = new Map<string, Employee[]>();
  for (const e of employees) {
    if (!e.active) continue;
    const tokens = words(e.name);
    if (tokens.length > 1 && joined.includes(` ${tokens.join(' ')} `)) picked.add(e.id);
    const first = tokens[0];
    if (first && candidates.includes(first)) byFirst.set(first, [...(byFirst.get(first) ?? []), e]);
  }
  for (const list of byFirst.values()) {
    if (list.some((e) => picked.has(e.id))) continue;
    if (list.length === 1) picked.add((list[0] as Employee).id);
    else {
      const served = list.filter((e) => recent.has(e.id));
      if (served.length === 1) picked.add((served[0] as Employee).id);
    }
  }
  return [...picked];
}

/**
 * Employees named by their job ("the technician", "your consultant"): among those who served
 * the customer lately, the one whose title holds a word of the text — when exactly one does.
 */
export function matchTitles(texts: readonly string[], served: readonly Employee[]): string[] {
  const textWords = new Set(texts.flatMap((t) => words(t)));
  const byWord = new Map<string, Set<string>>();
  for (const e of served) {
    if (!e.title || !e.active) continue;
    for (const w of words(e.title)) {
      if (w.length < 4 || ['team', 'lead', 'head', 'senior', 'junior'].includes(w)) continue;
      byWord.set(w, (byWord.get(w) ?? new Set()).add(e.id));
    }
  }
  const out = new Set<string>();
  for (const [w, ids] of byWord)
    if (ids.size === 1 && (textWords.has(w) || textWords.has(`${w}s`)))
      out.add([...ids][0] as string);
  return [...out];
}
