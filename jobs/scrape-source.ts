import type { Db } from "@/db/client";
import { ingestDataBatch, type DataRows } from "@/db/ingest/data-rows";
import { ingestBatch, type IngestCounts, type IngestItem } from "@/db/ingest/postings";
import { finishRun, recordRequestedInterval, registerSource, startRun, type RunCounts } from "@/db/ingest/runs";
import { loadValidators } from "@/db/queries/validators";
import type { RunError } from "@/db/schema";
import { dbFileOf, StorageError, storageErrorOf } from "@/db/storage-error";
import type { HttpClient } from "@/lib/http/client";
import { normaliseBatch, type NormaliseOutcome } from "@/lib/normalise/worker-client";
import type { RunStatus } from "@/lib/sources";
import type { SourceConfig } from "@/scrapers/config";
import type { Batch, ScrapeOptions, Source } from "@/scrapers/types";

export type RunSummary = {
  runId: number;
  source: string;
  status: RunStatus;
  counts: RunCounts;
  skipped: Record<string, number>;
  errors: RunError[];
  seconds: number;
};

export type Progress = (line: string) => void;

export type SourceTick = {
  db: Db;
  http: HttpClient;
  source: Source;
  config: SourceConfig;
  options?: ScrapeOptions;
  progress?: Progress;
  now?: Date;
};

/** One run of one source: fetch and parse a batch (on both cores), then write it in one short transaction. */
export async function runSourceTick({ db, http, source, config, options = {}, progress = () => {}, now = new Date() }: SourceTick): Promise<RunSummary> {
  const started = Date.now();
  const runId = writeOrStorageError(db, () => {
    registerSource(db, { name: source.name, label: source.label, schedule: config.schedule });
    return startRun(db, source.name, options);
  });
  const counts: RunCounts = { fetched: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, closedCount: 0, failedCount: 0, skippedCount: 0 };
  let requestedIntervalMs = 0;
  const skipped: Record<string, number> = {};
  const errors: RunError[] = [];
  let batches = 0;
  let status: RunStatus;
  try {
    const validators = loadValidators(db);
    for await (const batch of source.scrape({ http, options, config, now, validatorsFor: (url) => validators.get(url) ?? null })) {
      batches++;
      errors.push(...(batch.problems ?? []));
      requestedIntervalMs = Math.max(requestedIntervalMs, batch.requestedIntervalMs ?? 0);
      if (batch.failure) {
        counts.failedCount++;
        errors.push(batch.failure);
        progress(`${source.name}: ${batch.label}: FAILED ${batch.failure.kind}${batch.failure.status ? ` ${batch.failure.status}` : ""} — ${batch.failure.message}`);
        continue;
      }
      const postings = batch.data ? [] : readOrThrow(await normaliseBatch(source.name, batch.items.map((item) => item.record), batch.board ?? null));
      const written = writeOrStorageError(db, () => (batch.data ? writeDataBatch(db, batch, batch.data) : writeBatch(db, source, runId, batch, postings)));
      counts.fetched += batch.data?.rows.length ?? batch.items.length;
      counts.newCount += written.newCount;
      counts.updatedCount += written.updatedCount;
      counts.unchangedCount += written.unchangedCount;
      counts.closedCount += written.closedCount;
      for (const [reason, n] of Object.entries(batch.skipped)) {
        skipped[reason] = (skipped[reason] ?? 0) + n;
        counts.skippedCount += n;
      }
      progress(`${source.name}: ${batch.label}: ${describeBatch(batch, written)}`);
    }
    status = counts.failedCount === 0 ? "ok" : batches > counts.failedCount ? "partial" : "failed";
  } catch (error) {
    // The source could not be listed at all (discovery failed), or the database refused a batch
    // (full, read-only): that batch rolled back, and the run stops as failed.
    errors.push({ url: errorField(error, "url"), kind: errorField(error, "kind") ?? "error", status: null, message: error instanceof Error ? error.message : String(error) });
    status = batches > 0 && !(error instanceof StorageError) ? "partial" : "failed";
  }
  writeOrStorageError(db, () => {
    if (requestedIntervalMs > 0) recordRequestedInterval(db, source.name, requestedIntervalMs);
    finishRun(db, runId, { status, counts, errors });
  }, `run #${runId} could not be recorded as ${status}; the next run closes it once this process has ended`);
  return { runId, source: source.name, status, counts, skipped, errors, seconds: (Date.now() - started) / 1000 };
}

/** Runs a write; an SQLite failure of the database itself comes out as a StorageError naming the problem. */
function writeOrStorageError<T>(db: Db, write: () => T, consequence?: string): T {
  try {
    return write();
  } catch (error) {
    const storage = storageErrorOf(error, dbFileOf(db));
    if (!storage) throw error;
    if (!consequence) throw storage;
    throw new StorageError(storage.problem, storage.file, `${storage.message}; ${consequence}`, storage.code);
  }
}

type ReadPosting = Pick<IngestItem, "posting" | "parts">;

// A record the reader refuses stops the run, as when normalise threw in this thread.
function readOrThrow(outcomes: NormaliseOutcome[]): ReadPosting[] {
  return outcomes.map((outcome) => {
    if (outcome.error) throw outcome.error;
    return { posting: outcome.posting, parts: outcome.parts };
  });
}

function writeBatch(db: Db, source: Source, runId: number, batch: Batch, postings: ReadPosting[]) {
  const board = batch.board ?? null;
  const items = batch.items.map((item, i) => ({ ...item, ...postings[i]! }));
  return ingestBatch(db, {
    source: source.name,
    runId,
    fetchedAt: new Date().toISOString(),
    items,
    validators: batch.validators,
    board,
    complete: batch.complete ?? false,
  });
}

// Survey answers and series points are not postings: no normalising, nothing to close.
function writeDataBatch(db: Db, batch: Batch, data: DataRows): IngestCounts {
  return { ...ingestDataBatch(db, { data, validators: batch.validators, fetchedAt: new Date().toISOString() }), closedCount: 0 };
}

function describeBatch(batch: Batch, written: IngestCounts): string {
  if (batch.notModified) return "not modified since the last run";
  const skipped = Object.entries(batch.skipped).map(([reason, n]) => `${n} ${reason}`);
  const parts = [batch.data ? `${batch.data.rows.length} rows` : `${batch.items.length} postings`, `${written.newCount} new`, `${written.updatedCount} updated`, `${written.unchangedCount} unchanged`];
  if (written.closedCount) parts.push(`${written.closedCount} closed`);
  return skipped.length ? `${parts.join(", ")}; skipped ${skipped.join(", ")}` : parts.join(", ");
}

function errorField(error: unknown, field: "url" | "kind"): string | null {
  if (typeof error === "object" && error !== null && field in error) {
    const value = (error as Record<string, unknown>)[field];
    return typeof value === "string" ? value : null;
  }
  return null;
}
