/**
 * An incremental RFC 4180 parser: feed it text in chunks of any size, get whole records back
 * (quoted fields may hold commas, quotes and line breaks). Memory stays bounded by the longest
 * record, so a million-row file streams through. A leading BOM is dropped; CRLF and LF both end
 * a record. `line` is the physical line each record started on, for error messages.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
  /**
   * Set on the file's last record when a quoted field opened on this line and never closed:
   * every line after it was read into that one field.
   */
  unclosedQuoteLine?: number;
}

export class CsvParser {
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private started = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private pendingCr = false;
  private first = true;

  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = chunk;
    if (this.first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length) this.first = false;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === '\n') continue;
      }
      if (this.quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            this.field += '"';
            i++;
          } else if (i + 1 === text.length) {
            // The next chunk decides whether this quote ends the field or escapes one.
            this.quoted = false;
            this.afterQuote = true;
          } else {
            this.quoted = false;
          }
        } else {
          if (c === '\n') this.line++;
          this.field += c;
        }
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === '"') {
          this.field += '"';
          this.quoted = true;
          continue;
        }
      }
      if (c === '"' && this.field === '') {
        this.quoted = true;
        this.quoteLine = this.line;
        this.started = true;
      } else if (c === ',') {
        this.fields.push(this.field);
        this.field = '';
        this.started = true;
      } else if (c === '\n' || c === '\r') {
        if (c === '\r') this.pendingCr = true;
        const rec = this.finishRecord();
        if (rec) out.push(rec);
        this.line++;
        this.recordLine = this.line;
      } else {
        this.field += c;
        this.started = true;
      }
    }
    return out;
  }

  /** Ends the input: the last record, if the file did not end with a line break. */
  end(): CsvRecord[] {
    this.afterQuote = false;
    const unclosed = this.quoted;
    this.quoted = false;
    const rec = this.finishRecord();
    if (rec && unclosed) rec.unclosedQuoteLine = this.quoteLine;
    return rec ? [rec] : [];
  }

  private finishRecord(): CsvRecord | null {
    if (!this.started && this.field === '' && this.fields.length === 0) return null;
    this.fields.push(this.field);
    const rec = { line: this.recordLine, fields: this.fields };
    this.fields = [];
    this.field = '';
    this.started = false;
    return rec;
  }
}

/** Parses a whole CSV text at once (tests, small files). */
export function parseCsv(text: string): CsvRecord[] {
  const p = new CsvParser();
  return [...p.push(text), ...p.end()];
}
