import { stringify } from "csv-stringify/sync";
import { chartJson, type ChartExport } from "./charts";
import { csvCell, defuseCell } from "./defuse";
import { metaCsvRows, type ExportMeta } from "./meta";

export type Row = Record<string, unknown>;
export type Column<R extends Row = Row> = { key: keyof R & string; header: string };

/** Rows pulled one at a time (a better-sqlite3 `.iterate()`), and what to release when done. */
export type RowSource<R extends Row = Row> = { rows: Iterator<R>; close?: () => void };

// Rows per pull: big enough to amortise stringify, small enough to keep memory flat.
const ROWS_PER_CHUNK = 500;
const encoder = new TextEncoder();

/**
 * A byte stream that asks `next` for its text only when the reader wants more, so a slow client
 * holds back the database cursor instead of buffering the whole export in memory. `close` runs
 * exactly once: at the end, on an error, or when the client goes away.
 */
function pullStream(next: () => string | null, close: () => void): ReadableStream<Uint8Array> {
  let closed = false;
  const finish = () => {
    if (!closed) {
      closed = true;
      close();
    }
  };
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        try {
          const text = next();
          if (text === null) {
            finish();
            controller.close();
          } else {
            controller.enqueue(encoder.encode(text));
          }
        } catch (error) {
          finish();
          controller.error(error);
        }
      },
      cancel: finish,
    },
    { highWaterMark: 1 },
  );
}

function takeChunk<R extends Row>(rows: Iterator<R>): { chunk: R[]; done: boolean } {
  const chunk: R[] = [];
  while (chunk.length < ROWS_PER_CHUNK) {
    const step = rows.next();
    if (step.done) return { chunk, done: true };
    chunk.push(step.value);
  }
  return { chunk, done: false };
}

function closer<R extends Row>(source: RowSource<R>): () => void {
  return () => {
    try {
      source.rows.return?.();
    } finally {
      source.close?.();
    }
  };
}

/**
 * CSV in UTF-8 with a BOM (so Excel reads the accents), the header lines of `metaCsvRows`, one
 * header row, then the rows; every text cell defused against formula injection.
 */
export function csvExportStream<R extends Row>(meta: ExportMeta, columns: readonly Column<R>[], source: RowSource<R>): ReadableStream<Uint8Array> {
  let started = false;
  let done = false;
  return pullStream(() => {
    if (!started) {
      started = true;
      const head = [...metaCsvRows(meta).map((row) => row.map(defuseCell)), columns.map((column) => defuseCell(column.header))];
      return `\uFEFF${stringify(head)}`;
    }
    if (done) return null;
    const next = takeChunk(source.rows);
    done = next.done;
    if (next.chunk.length === 0) return done ? null : "";
    return stringify(next.chunk.map((row) => columns.map((column) => csvCell(row[column.key]))));
  }, closer(source));
}

/** `{"meta": {…}, "rows": [ … ]}`, written row by row. */
export function jsonExportStream<R extends Row>(meta: ExportMeta, columns: readonly Column<R>[], source: RowSource<R>): ReadableStream<Uint8Array> {
  let started = false;
  let first = true;
  let done = false;
  const pick = (row: R) => Object.fromEntries(columns.map((column) => [column.key, row[column.key] ?? null]));
  return pullStream(() => {
    if (!started) {
      started = true;
      return `{"meta":${JSON.stringify(meta)},\n"rows":[`;
    }
    if (done) return null;
    const next = takeChunk(source.rows);
    done = next.done;
    let text = "";
    for (const row of next.chunk) {
      text += `${first ? "\n" : ",\n"}${JSON.stringify(pick(row))}`;
      first = false;
    }
    return done ? `${text}\n]}\n` : text;
  }, closer(source));
}

/** `{"meta": {…}, "charts": {"<chart>": {title, n, …, rows}}}`: a page's charts, small aggregates written at once. */
export function chartsJsonStream(meta: ExportMeta, charts: readonly ChartExport[], close: () => void): ReadableStream<Uint8Array> {
  let done = false;
  return pullStream(() => {
    if (done) return null;
    done = true;
    return `${JSON.stringify({ meta, charts: Object.fromEntries(charts.map((chart) => [chart.chart, chartJson(chart)])) })}\n`;
  }, close);
}
