// Builds a benchmark database through the real write path: generated postings go through
// normaliseBatch (parse + extract, shared by the worker thread and this one) and ingestBatch
// (dedup + write), the functions a scrape's batches go through (here each batch is written while the
// next is read; a scrape reads, then writes), survey rows through ingestDataBatch. Reference
// tables (sources, runs, salary reports, series) are copied from the real sample as they are: they
// do not grow with the postings.
import { openDb } from "@/db/client";
import { ingestDataBatch } from "@/db/ingest/data-rows";
import { ingestBatch } from "@/db/ingest/postings";
import { migrateDb } from "@/db/migrate";
import { normaliseBatch } from "@/lib/normalise/worker-client";
import { generatePostings } from "./postings";
import { replicatePostings, replicateSurveys } from "./replicate";
import type { Seeds } from "./seeds";
import { generateSurveyRows } from "./surveys";

/** `pipeline*`: how many rows go through the real write path; the rest are copies of them (replicate.ts). */
export type BuildOptions = { file: string; realDb: string; seeds: Seeds; postings: number; surveyRows: number; pipelinePostings: number; pipelineSurveyRows: number; log: (line: string) => void };
export type BuildTimes = { pipelinePostings: number; postingsSeconds: number; postingsCpuSeconds: number; pipelineSurveyRows: number; surveySeconds: number; failed: number };

const FETCHED_AT = "2026-11-20T00:00:00.000Z";
const REFERENCE_TABLES = ["sources", "scrape_runs", "salary_reports", "series_points"] as const;

export async function buildBenchDb({ file, realDb, seeds, postings, surveyRows, pipelinePostings, pipelineSurveyRows, log }: BuildOptions): Promise<BuildTimes> {
  const db = openDb(file);
  migrateDb(db);
  const sqlite = db.$client;
  sqlite.prepare("attach database ? as real").run(realDb);
  for (const table of REFERENCE_TABLES) sqlite.exec(`insert into main.${table} select * from real.${table}`);
  sqlite.exec("detach database real");

  let done = 0;
  let failed = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  // Every batch is at hand (no fetching): each is written while the next one is read (normaliseBatch's `alongside`).
  let write: (() => void) | undefined;
  for (const batch of generatePostings(seeds.postings, pipelinePostings)) {
    const normalised = await normaliseBatch(batch.source, batch.items.map((item) => item.record), batch.board, write);
    const items = batch.items.flatMap((item, i) => {
      const { posting, parts } = normalised[i]!;
      if (posting) return [{ ...item, posting, parts }];
      failed++;
      return [];
    });
    write = () => {
      ingestBatch(db, { source: batch.source, board: batch.board, runId: null, fetchedAt: FETCHED_AT, validators: [], items });
      done += batch.items.length;
      if (done % 10_000 < batch.items.length) log(`ingest: ${done.toLocaleString("en-US")} / ${pipelinePostings.toLocaleString("en-US")} postings, ${Math.round(done / ((performance.now() - started) / 1000))}/s`);
    };
  }
  write?.();
  const postingsSeconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);

  const surveyStarted = performance.now();
  let rows = 0;
  for (const batch of generateSurveyRows(seeds.surveys, pipelineSurveyRows)) {
    ingestDataBatch(db, { data: { kind: "survey-responses", rows: batch }, validators: [], fetchedAt: FETCHED_AT });
    rows += batch.length;
    if (rows % 100_000 === 0) log(`survey: ${rows.toLocaleString("en-US")} / ${pipelineSurveyRows.toLocaleString("en-US")} rows`);
  }
  const surveySeconds = (performance.now() - surveyStarted) / 1000;
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  if (postings > pipelinePostings) replicatePostings(file, pipelinePostings, postings, log);
  if (surveyRows > pipelineSurveyRows) replicateSurveys(file, pipelineSurveyRows, surveyRows, log);
  return { pipelinePostings, postingsSeconds, postingsCpuSeconds: (user + system) / 1e6, pipelineSurveyRows, surveySeconds, failed };
}
