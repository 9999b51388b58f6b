import type { Db } from "@/db/client";
import { ingestBatch } from "@/db/ingest/postings";
import { finishRun, registerSource, startRun, type RunCounts } from "@/db/ingest/runs";
import { loadValidators } from "@/db/queries/validators";
import type { RunError } from "@/db/schema";
import type { HttpClient } from "@/lib/http/client";
import { normalise } from "@/lib/normalise/normalise";
import type { RunStatus } from "@/lib/sources";
import type { Batch, ScrapeOptions, Source } from "@/scrapers/types";

export type RunSummary = { runId: number; source: string; status: RunStatus; counts: RunCounts; skipped: Record<string, number>; errors: RunError[]; seconds: number };

export type Progress = (line: string) => void;

/** One run of one source: fetch and parse a batch, then write it in one short transaction. */
export async function runSourceTick(
  db: Db,
  http: HttpClient,
  source: Source,
  options: ScrapeOptions,
  progress: Progress = () => {},
  now: Date = new Date(),
): Promise<RunSummary> {
  const started = Date.now();
  registerSource(db, source);
  const runId = startRun(db, source.name, options);
  const counts: RunCounts = { fetched: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, failedCount: 0, skippedCount: 0 };
  const skipped: Record<string, number> = {};
  const errors: RunError[] = [];
  let batches = 0;
  let status: RunStatus;
  try {
    const validators = loadValidators(db);
    for await (const batch of source.scrape({ http, options, now, validatorsFor: (url) => validators.get(url) ?? null })) {
      batches++;
      if (batch.failure) {
        counts.failedCount++;
        errors.push(batch.failure);
        progress(`${source.name}: ${batch.label}: FAILED ${batch.failure.kind}${batch.failure.status ? ` ${batch.failure.status}` : ""} — ${batch.failure.message}`);
        continue;
      }
      const written = writeBatch(db, source, runId, batch);
      counts.fetched += batch.items.length;
      counts.newCount += written.newCount;
      counts.updatedCount += written.updatedCount;
      counts.unchangedCount += written.unchangedCount;
      for (const [reason, n] of Object.entries(batch.skipped)) {
        skipped[reason] = (skipped[reason] ?? 0) + n;
        counts.skippedCount += n;
      }
      progress(`${source.name}: ${batch.label}: ${describeBatch(batch, written)}`);
    }
    status = counts.failedCount === 0 ? "ok" : batches > counts.failedCount ? "partial" : "failed";
  } catch (error) {
    // The source could not be listed at all (discovery failed): nothing was written for this run.
    errors.push({ url: errorField(error, "url"), kind: errorField(error, "kind") ?? "error", status: null, message: error instanceof Error ? error.message : String(error) });
    status = batches > 0 ? "partial" : "failed";
  }
  finishRun(db, runId, { status, counts, errors });
  return { runId, source: source.name, status, counts, skipped, errors, seconds: (Date.now() - started) / 1000 };
}

function writeBatch(db: Db, source: Source, runId: number, batch: Batch) {
  const items = batch.items.map((item) => ({ ...item, posting: normalise(source.name, item.record) }));
  return ingestBatch(db, { source: source.name, runId, fetchedAt: new Date().toISOString(), items, validators: batch.validators });
}

function describeBatch(batch: Batch, written: { newCount: number; updatedCount: number; unchangedCount: number }): string {
  if (batch.notModified) return "not modified since the last run";
  const skipped = Object.entries(batch.skipped).map(([reason, n]) => `${n} ${reason}`);
  const parts = [`${batch.items.length} postings`, `${written.newCount} new`, `${written.updatedCount} updated`, `${written.unchangedCount} unchanged`];
  return skipped.length ? `${parts.join(", ")}; skipped ${skipped.join(", ")}` : parts.join(", ");
}

function errorField(error: unknown, field: "url" | "kind"): string | null {
  if (typeof error === "object" && error !== null && field in error) {
    const value = (error as Record<string, unknown>)[field];
    return typeof value === "string" ? value : null;
  }
  return null;
}
