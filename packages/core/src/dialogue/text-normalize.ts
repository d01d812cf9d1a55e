/** Lower case, NFKC, straight quotes, single spaces, trimmed. */
export function normalizeReply(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Without accents ("sí" → "si"), for matching Spanish with or without them. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Normalised, accents and punctuation removed (emoji kept), for matching whole phrases. */
export function phraseOf(text: string): string {
  return stripAccents(normalizeReply(text))
    .replace(/[.,!?¿¡;:()"\-–—…*~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a reply (letters, digits and apostrophes). */
export function wordsOf(text: string): string[] {
  return phraseOf(text).match(/[\p{L}\p{N}']+/gu) ?? [];
}

/**
 * Edit distance with adjacent transpositions counting as one edit ("prcie" → "price" is 1), for
 * fuzzy matching of short labels.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      row[j] = v;
    }
  }
  return at(a.length, b.length);
}
