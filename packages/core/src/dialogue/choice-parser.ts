import type { Choice } from '../surveys/survey-definition.ts';
import { localize } from '../surveys/localize.ts';
import { editDistance, phraseOf } from './text-normalize.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** How choices are shown and matched: the label in the conversation's language. */
export interface ChoiceView {
  id: string;
  label: string;
}

/** The labels of a question's choices in a language. */
export function choiceViews(
  choices: readonly Choice[],
  language: string,
  defaultLanguage: string,
): ChoiceView[] {
  return choices.map((c) => ({ id: c.id, label: localize(c.label, language, defaultLanguage) }));
}

/** "1 = Price, 2 = Service": the list shown with a choice question and in its re-ask. */
export function choiceList(views: readonly ChoiceView[]): string {
  return views.map((v, i) => `${i + 1} = ${v.label}`).join(', ');
}

/** A choice named by number ("2", "#2") or letter ("b", "b)", "(b)"); null if the token is neither. */
function byIndex(token: string, views: readonly ChoiceView[]): ChoiceView | null | undefined {
  const t = token
    .trim()
    .replace(/^#/, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/[.)]$/, '');
  if (/^\d{1,2}$/.test(t)) return views[Number(t) - 1] ?? null;
  if (/^[a-z]$/.test(t)) return views[LETTERS.indexOf(t)] ?? null;
  return undefined; // not an index at all
}

/** The one choice whose label best matches the text (exact, contained, or within a few typos). */
function byLabel(text: string, views: readonly ChoiceView[]): ChoiceView | null {
  const r = phraseOf(text);
  if (r.length === 0) return null;
  const labels = views.map((v) => ({ v, l: phraseOf(v.label) }));
  const exact = labels.filter((x) => x.l === r);
  if (exact.length === 1) return exact[0]?.v ?? null;
  const contained = labels.filter(
    (x) => x.l.length >= 3 && new RegExp(`(^| )${escape(x.l)}( |$)`).test(r),
  );
  if (contained.length === 1) return contained[0]?.v ?? null;
  if (contained.length > 1) return null;
  const partial =
    r.length >= 3 ? labels.filter((x) => new RegExp(`(^| )${escape(r)}`).test(x.l)) : [];
  if (partial.length === 1) return partial[0]?.v ?? null;
  const scored = labels
    .map((x) => ({ v: x.v, d: editDistance(r, x.l), tol: Math.max(1, Math.floor(x.l.length / 4)) }))
    .filter((x) => x.d <= x.tol)
    .sort((a, b) => a.d - b.d);
  const best = scored[0];
  if (!best || (scored[1] && scored[1].d === best.d)) return null;
  return best.v;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words around a choice that say nothing ("option 2 please"). */
const CHOICE_FILLER = new Set(
  'option opcion number numero no. choice the la el please por favor i pick choose want would like'.split(
    ' ',
  ),
);

function coreOf(text: string): string {
  return phraseOf(text.replace(/[()]/g, ' '))
    .split(' ')
    .filter((w) => !CHOICE_FILLER.has(w))
    .join(' ');
}

/** Labels that occur whole in the reply. */
function containedLabels(text: string, views: readonly ChoiceView[]): ChoiceView[] {
  const r = ` ${phraseOf(text)} `;
  return views.filter((v) => {
    const l = phraseOf(v.label);
    return l.length >= 3 && r.includes(` ${l} `);
  });
}

/** Read one choice: by number, letter or (fuzzy) label; null when none or ambiguous. */
export function readSingleChoice(text: string, views: readonly ChoiceView[]): string | null {
  const core = coreOf(text);
  const idx = byIndex(core, views);
  if (idx !== undefined) return idx?.id ?? null;
  return (
    (byLabel(text, views) ?? (core !== phraseOf(text) ? byLabel(core, views) : null))?.id ?? null
  );
}

/**
 * Read several choices: "1, 3", "a and c", "1 3", or labels ("price and speed"). Null when any
 * part cannot be read or nothing is chosen. The ids come back in the order of the choices.
 */
export function readMultiChoice(text: string, views: readonly ChoiceView[]): string[] | null {
  const parts = phraseOf(text)
    .split(/\s*(?:,|;|&|\/|\band\b|\by\b|\bplus\b)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const whole = containedLabels(text, views);
  const tokens = parts
    .map(coreOf)
    .filter((p) => p.length > 0)
    .flatMap((p) => (/^(\d{1,2}|[a-z])( (\d{1,2}|[a-z]))+$/.test(p) ? p.split(' ') : [p]));
  const chosen = new Set<string>();
  for (const tok of tokens) {
    const idx = byIndex(tok, views);
    const v = idx === undefined ? byLabel(tok, views) : idx;
    if (!v) {
      chosen.clear();
      break;
    }
    chosen.add(v.id);
  }
  if (chosen.size === 0) for (const v of whole) chosen.add(v.id);
  if (chosen.size === 0) return null;
  return views.filter((v) => chosen.has(v.id)).map((v) => v.id);
}
