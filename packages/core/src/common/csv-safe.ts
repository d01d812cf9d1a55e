/**
 * CSV exports that are safe to open in a spreadsheet (CSV/formula injection, CWE-1236): a cell
 * a spreadsheet would read as a formula — one starting with = + - @, a tab or a carriage
 * return, after any leading spaces or control characters, or their full-width forms — gets a
 * leading apostrophe, so it shows as the text it is. Plain numbers such as -12.5 are left as
 * they are. `csvField` also quotes the cell for RFC 4180; `csvLine` joins a row.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
// Leading characters spreadsheets skip before deciding a cell is a formula.
const isSkipped = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0;
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x2060 ||
    c === 0xfeff ||
    /\s/.test(ch)
  );
};

/** The cell's text with a leading apostrophe when a spreadsheet would run it as a formula. */
export function neutralizeCsvCell(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  for (const ch of value) {
    if (TRIGGERS.has(ch)) return `'${value}`;
    if (!isSkipped(ch)) return value;
  }
  return value;
}

/** One RFC 4180 field: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = neutralizeCsvCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (without its line break). */
export function csvLine(
  values: ReadonlyArray<string | number | boolean | null | undefined>,
): string {
  return values.map(csvField).join(',');
}
