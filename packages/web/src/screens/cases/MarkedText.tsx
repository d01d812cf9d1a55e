/**
 * Text with some words marked (<mark>), built as React text nodes — never as HTML, so the
 * customer's words show exactly as written whatever they hold.
 */
export function markRanges(text: string, words: readonly string[]): Array<[string, boolean]> {
  const wanted = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 1))];
  if (!wanted.length) return [[text, false]];
  const lower = text.toLowerCase();
  const hits: Array<[number, number]> = [];
  for (const w of wanted) {
    const needle = w.toLowerCase();
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length))
      hits.push([i, i + needle.length]);
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[string, boolean]> = [];
  let at = 0;
  for (const [from, to] of hits) {
    if (from < at) continue;
    if (from > at) out.push([text.slice(at, from), false]);
    out.push([text.slice(from, to), true]);
    at = to;
  }
  if (at < text.length) out.push([text.slice(at), false]);
  return out;
}

export function MarkedText({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {markRanges(text, words).map(([part, marked], i) =>
        marked ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
