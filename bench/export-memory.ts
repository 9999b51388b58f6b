// Generates postings into a temp SQLite through db/ingest (as scrapers store them), then streams
// the postings export (the same function /export/postings.csv runs) at 10% and 100% of the rows,
// sampling RSS while it streams: flat memory means the peaks stay close and under the bound
// whatever the row count. Run: npx tsx --conditions=react-server bench/export-memory.ts
// (BENCH_EXPORT_ROWS=… changes the size, BENCH_EXPORT_BOUND_MB / BENCH_EXPORT_HEAP_BOUND_MB the
// bounds on RSS and heap growth; exits 1 above either;
// NODE_OPTIONS=--expose-gc lets it collect garbage before each measurement; BENCH_EXPORT_DB=<file>
// keeps the generated database there and reuses it on the next run).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "@/db/client";
import { ingestBatch } from "@/db/ingest/postings";
import { migrateDb } from "@/db/migrate";
import { iteratePostings } from "@/db/queries/exports";
import { postingFilterSchema } from "@/db/queries/postings";
import { exportStream } from "@/lib/export/respond";
import type { ExportFormat } from "@/lib/export/view";
import { addMonths } from "@/lib/months";
import { syntheticPosting } from "./posting-shape";
import { seededRandom } from "./survey-shape";

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
// RSS counts allocator slack and the heap regrowing after each gc(); the JS heap is the steadier figure.
const BOUND_MB = Number(process.env.BENCH_EXPORT_BOUND_MB ?? 48);
const HEAP_BOUND_MB = Number(process.env.BENCH_EXPORT_HEAP_BOUND_MB ?? 32);
const MONTHS = 100;
const FIRST_MONTH = "2018-01";
const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

function ingest(file: string): number {
  const db = openDb(file);
  migrateDb(db);
  const random = seededRandom(100_000);
  const started = performance.now();
  for (let first = 1; first <= ROWS; first += 1_000) {
    const items = Array.from({ length: Math.min(1_000, ROWS - first + 1) }, (_, i) => syntheticPosting(first + i, random, { firstMonth: FIRST_MONTH, months: MONTHS }));
    ingestBatch(db, { source: "careers", runId: null, fetchedAt: "2026-11-26T00:00:00.000Z", validators: [], items });
  }
  db.$client.close();
  return (performance.now() - started) / 1000;
}

type Run = { label: string; rows: number; bytes: number; seconds: number; baseline: number; peak: number; heapBefore: number; heapPeak: number };

async function streamExport(file: string, label: string, format: ExportFormat, query: string): Promise<Run> {
  global.gc?.();
  const before = process.memoryUsage();
  const baseline = before.rss;
  let peak = baseline;
  let heapPeak = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  };
  // Reads resolve as microtasks, so a timer alone would never fire mid-export: sample per chunk too.
  const sampler = setInterval(sample, 10);
  const started = performance.now();
  const { stream } = exportStream({ view: "postings", format, search: new URLSearchParams(query) }, () => openDb(file, { readonly: true }));
  let bytes = 0;
  let newlines = 0;
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    for (const byte of chunk.value) if (byte === 10) newlines++;
    sample();
  }
  clearInterval(sampler);
  // CSV: six header lines and the column row; JSON: one newline after the meta, one before each row, two to close.
  const rows = format === "csv" ? newlines - 7 : newlines - 3;
  return { label, rows, bytes, seconds: (performance.now() - started) / 1000, baseline, peak, heapBefore: before.heapUsed, heapPeak };
}

function loadAsArray(file: string): Run {
  const db = openDb(file, { readonly: true });
  global.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const rows = [...iteratePostings(db, postingFilterSchema.parse({}))];
  const after = process.memoryUsage();
  db.$client.close();
  return { label: "for contrast: all rows in one array", rows: rows.length, bytes: 0, seconds: (performance.now() - started) / 1000, baseline: before.rss, peak: after.rss, heapBefore: before.heapUsed, heapPeak: after.heapUsed };
}

async function main(): Promise<number> {
  const kept = process.env.BENCH_EXPORT_DB;
  const dir = kept ? null : fs.mkdtempSync(path.join(os.tmpdir(), "pulse-export-bench-"));
  const file = kept ? path.resolve(kept) : path.join(dir!, "pulse.db");
  try {
    if (kept && fs.existsSync(file)) {
      console.log(`reusing ${file} (${mb(fs.statSync(file).size)} MB)`);
    } else {
      console.log(`generating ${ROWS.toLocaleString("en-US")} postings through db/ingest …`);
      const ingestSeconds = ingest(file);
      console.log(`ingested in ${ingestSeconds.toFixed(1)} s (${Math.round(ROWS / ingestSeconds)} rows/s); database ${mb(fs.statSync(file).size)} MB`);
    }
    const tenth = `from=${FIRST_MONTH}&to=${addMonths(FIRST_MONTH, MONTHS / 10 - 1)}`;
    // The first export in a process pays for warming up (V8 growing its heap, modules loaded on first
    // use) whatever its size: it is shown, and the bound applies to the exports after it.
    const warmUp = await streamExport(file, "warm-up: csv, 1% of the rows", "csv", `from=${FIRST_MONTH}&to=${FIRST_MONTH}`);
    const runs = [
      await streamExport(file, "csv, 10% of the rows", "csv", tenth),
      await streamExport(file, "csv, 100% of the rows", "csv", ""),
      await streamExport(file, "json, 100% of the rows", "json", ""),
    ];
    const contrast = loadAsArray(file);
    console.log("\nexport                                  rows   MB out  seconds   rows/s   RSS before   RSS peak  RSS growth  heap growth");
    for (const run of [warmUp, ...runs, contrast]) {
      console.log(
        `${run.label.padEnd(36)} ${String(run.rows).padStart(7)} ${mb(run.bytes).padStart(8)} ${run.seconds.toFixed(2).padStart(8)} ${String(Math.round(run.rows / run.seconds)).padStart(8)} ${mb(run.baseline).padStart(9)} MB ${mb(run.peak).padStart(7)} MB ${mb(run.peak - run.baseline).padStart(8)} MB ${mb(run.heapPeak - run.heapBefore).padStart(9)} MB`,
      );
    }
    const worst = Math.max(...runs.map((run) => run.peak - run.baseline));
    const worstHeap = Math.max(...runs.map((run) => run.heapPeak - run.heapBefore));
    const full = runs[1]!;
    if (full.rows !== ROWS) {
      console.error(`\nFAIL: the full export has ${full.rows} rows, expected ${ROWS}`);
      return 1;
    }
    const verdict = worst <= BOUND_MB * MB && worstHeap <= HEAP_BOUND_MB * MB ? "PASS" : "FAIL";
    console.log(
      `\n${verdict}: after the warm-up, streaming grew RSS by at most ${mb(worst)} MB (bound ${BOUND_MB} MB) and the heap by at most ${mb(worstHeap)} MB (bound ${HEAP_BOUND_MB} MB), ` +
        `at 10% and at 100% of the rows alike; every row in one array took ${mb(contrast.peak - contrast.baseline)} MB of RSS and ${mb(contrast.heapPeak - contrast.heapBefore)} MB of heap`,
    );
    return verdict === "PASS" ? 0 : 1;
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then((code) => (process.exitCode = code));
