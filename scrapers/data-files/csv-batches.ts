import type { Readable } from "node:stream";
import type { DataRows } from "@/db/ingest/data-rows";
import { readCsv, type CsvShape } from "@/lib/csv/read-csv";
import { ParseError } from "@/lib/parse-error";
import type { Batch } from "../types";
import { ProblemLog } from "./problem-log";

/** What one CSV row gives: rows to store (maybe several, maybe with notes), or why it gives none. */
export type RowVerdict<T> = { rows: T[]; notes?: string[] } | { invalid: string };

export type RowReader<T> = (fields: string[], line: number) => RowVerdict<T>;

export type CsvReading<T> = {
  url: string;
  label: string;
  shape: CsvShape;
  batchSize: number;
  /** Checks the header (null: the file has none) and returns the row reader; a throw fails the file. */
  reader(header: string[] | null): RowReader<T>;
  toData(rows: T[]): DataRows;
};

/**
 * Reads a CSV stream into batches of `batchSize` stored rows, one record at a time. Malformed and
 * invalid rows are skipped, counted and reported (capped); the last batch always comes, even empty.
 * A file that breaks off in its last line fails after its last batch.
 */
export async function* csvBatches<T>(input: Readable, reading: CsvReading<T>): AsyncGenerator<Batch> {
  const problems = new ProblemLog(reading.url);
  let read: RowReader<T> | null = reading.shape.header ? null : reading.reader(null);
  let rows: T[] = [];
  let skipped: Record<string, number> = {};
  let firstLine = 0;
  let lastLine = 0;
  let cutOffLine = 0;
  const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  const flush = (final: boolean): Batch => {
    const lines = firstLine ? ` lines ${firstLine}-${lastLine}` : "";
    const batch: Batch = {
      label: `${reading.label}${lines}`,
      items: [],
      skipped,
      validators: [],
      problems: final ? problems.finish() : problems.take(),
      data: reading.toData(rows),
    };
    rows = [];
    skipped = {};
    firstLine = 0;
    return batch;
  };
  for await (const event of readCsv(input, reading.shape)) {
    if (event.kind === "header") {
      read = reading.reader(event.fields);
      continue;
    }
    firstLine ||= event.line;
    lastLine = event.line;
    if (event.kind === "malformed" || !read) {
      if (event.kind === "malformed" && event.cutOff) cutOffLine = event.line;
      skip("malformed");
      problems.add("malformed", `line ${event.line}: ${event.kind === "malformed" ? event.reason : "no header"}`);
    } else {
      const verdict = read(event.fields, event.line);
      if ("invalid" in verdict) {
        skip("invalid");
        problems.add("invalid", `line ${event.line}: ${verdict.invalid}`);
      } else {
        rows.push(...verdict.rows);
        for (const note of verdict.notes ?? []) problems.add("unmapped", note);
      }
    }
    if (rows.length >= reading.batchSize) yield flush(false);
  }
  if (!read) throw new Error("the file is empty: no header line");
  yield flush(true);
  // The rows that arrived are kept; failing the file keeps its validators unsaved, so the next run reads it whole.
  if (cutOffLine) throw new ParseError(reading.url, `the file is cut off in line ${cutOffLine} (an incomplete last line without a line end): a truncated download`);
}
