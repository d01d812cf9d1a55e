/**
 * "Mentions": whether a text names a phrase, forgiving inflection — `cancel` finds
 * "cancelling" and "cancellation", `moving my accounts` finds "Moving my accounts".
 * Each word of the phrase must start a word of the text, in order and adjacent.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

export function mentions(text: string, phrase: string): boolean {
  const t = words(text);
  const p = words(phrase);
  if (!p.length) return false;
  for (let i = 0; i + p.length <= t.length; i++) {
    if (p.every((w, k) => (t[i + k] ?? '').startsWith(w))) return true;
  }
  return false;
}

/** The first phrase the texts mention, or null. */
export function firstMention(texts: readonly string[], phrases: readonly string[]): string | null {
  for (const phrase of phrases) if (texts.some((t) => mentions(t, phrase))) return phrase;
  return null;
}
