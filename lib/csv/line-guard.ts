import { StringDecoder } from "node:string_decoder";
import { Transform, type TransformCallback } from "node:stream";

/** What the guard writes in place of a line the parser must not see: one field, never real data. */
export const BAD_LINE_MARKER = "\u0000";

export const BAD_LINE_REASONS = {
  quote: "a quoted value runs past the end of its line (quoted newline or unbalanced quote)",
  long: "the line is longer than the limit",
} as const;

/**
 * The files we read hold one record per line. A quote left open would make a CSV parser swallow
 * every following line as one value, so a line with an odd number of quotes is replaced by a
 * marker (same line number, one field) before the parser sees it; so is an overlong line.
 */
export class CsvLineGuard extends Transform {
  private readonly decoder = new StringDecoder("utf8");
  private pending = "";
  private skippingLongLine = false;
  /** Reasons by line number, for the lines replaced by the marker. */
  readonly reasons = new Map<number, string>();
  /** The number of the file's last line when it has no line end (a file that may have been cut off). */
  unterminatedLine: number | null = null;
  private line = 0;

  constructor(private readonly maxLineChars = 1024 * 1024) {
    super({ readableObjectMode: false });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    done(null, this.lines(this.decoder.write(chunk), false));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.lines(this.decoder.end(), true));
  }

  private lines(text: string, atEnd: boolean): string {
    const out: string[] = [];
    let start = 0;
    let newline = text.indexOf("\n");
    while (newline !== -1) {
      out.push(this.checked(this.pending + text.slice(start, newline)));
      this.pending = "";
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    this.pending += text.slice(start);
    if (this.pending.length > this.maxLineChars) {
      this.skippingLongLine = true;
      this.pending = "";
    }
    if (atEnd && (this.pending || this.skippingLongLine)) {
      out.push(this.checked(this.pending));
      this.unterminatedLine = this.line;
    }
    return out.length ? `${out.join("\n")}\n` : "";
  }

  private checked(rawLine: string): string {
    this.line++;
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (this.skippingLongLine || line.length > this.maxLineChars) {
      this.skippingLongLine = false;
      return this.bad(BAD_LINE_REASONS.long);
    }
    return countQuotes(line) % 2 === 1 ? this.bad(BAD_LINE_REASONS.quote) : line;
  }

  private bad(reason: string): string {
    this.reasons.set(this.line, reason);
    return BAD_LINE_MARKER;
  }
}

function countQuotes(line: string): number {
  let count = 0;
  for (let at = line.indexOf('"'); at !== -1; at = line.indexOf('"', at + 1)) count++;
  return count;
}
