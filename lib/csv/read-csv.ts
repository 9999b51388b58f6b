import type { Readable } from "node:stream";
import { parse, type CsvError } from "csv-parse";
import { BAD_LINE_MARKER, CsvLineGuard } from "./line-guard";

export type CsvEvent =
  | { kind: "header"; fields: string[] }
  | { kind: "row"; line: number; fields: string[] }
  | { kind: "malformed"; line: number; reason: string; cutOff?: true };

export type CsvShape = { header: true } | { header: false; columns: number };

/**
 * Streams a CSV record by record (csv-parse behind a line guard): the header first when the file
 * has one, then each row with its line number. A line with the wrong number of fields, or one the
 * guard refused, comes out as "malformed" and the rest of the file is read on.
 */
export async function* readCsv(input: Readable, shape: CsvShape): AsyncGenerator<CsvEvent> {
  const guard = new CsvLineGuard();
  const parser = parse({ bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true, skip_records_with_error: true });
  const parserErrors: Array<{ line: number; reason: string }> = [];
  parser.on("skip", (error: CsvError & { lines?: number }) => parserErrors.push({ line: error.lines ?? 0, reason: error.message }));
  input.on("error", (error) => parser.destroy(error));
  guard.on("error", (error) => parser.destroy(error));
  input.pipe(guard).pipe(parser);

  let columns = shape.header ? null : shape.columns;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      for (const error of parserErrors.splice(0)) yield { kind: "malformed", ...error };
      const line = info.lines;
      if (record.length === 1 && record[0] === BAD_LINE_MARKER) {
        const reason = guard.reasons.get(line) ?? "unreadable line";
        guard.reasons.delete(line);
        if (columns === null) throw new Error(`the header line cannot be read: ${reason}`);
        yield { kind: "malformed", line, reason, ...cutOff(line, guard) };
      } else if (columns === null) {
        columns = record.length;
        yield { kind: "header", fields: record };
      } else if (record.length !== columns) {
        yield { kind: "malformed", line, reason: `${record.length} of ${columns} fields (missing columns or a truncated line)`, ...cutOff(line, guard) };
      } else {
        yield { kind: "row", line, fields: record };
      }
    }
    for (const error of parserErrors.splice(0)) yield { kind: "malformed", ...error };
  } finally {
    // A consumer that stops early must not leave the file or zip entry open.
    input.destroy();
    guard.destroy();
  }
}

// An incomplete last line without a line end is where the file was cut off: the rest is missing.
function cutOff(line: number, guard: CsvLineGuard): { cutOff?: true } {
  return line === guard.unterminatedLine ? { cutOff: true } : {};
}
