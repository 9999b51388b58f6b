import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../client";
import { scrapeRuns, sources, type RunError } from "../schema";
import type { RunStatus } from "@/lib/sources";

export type RunCounts = {
  fetched: number;
  newCount: number;
  updatedCount: number;
  unchangedCount: number;
  closedCount: number;
  failedCount: number;
  skippedCount: number;
};

// A run still "running" after this long was killed with its process; it no longer holds the source.
const STALE_RUN_MS = 6 * 60 * 60 * 1000;

export class RunInProgressError extends Error {
  override readonly name = "RunInProgressError";
}

export function registerSource(db: Db, source: { name: string; label: string; schedule: string }, now = new Date()): void {
  db.insert(sources)
    .values({ ...source, updatedAt: now.toISOString() })
    .onConflictDoUpdate({ target: sources.name, set: { label: source.label, schedule: source.schedule, updatedAt: now.toISOString() } })
    .run();
}

/** Remembers how often the source asked to be read at most, from its own notice. */
export function recordRequestedInterval(db: Db, source: string, intervalMs: number): void {
  db.update(sources).set({ requestedIntervalMs: intervalMs }).where(eq(sources.name, source)).run();
}

/** Opens a run, refusing while another live run holds the same source. */
export function startRun(db: Db, source: string, options: Record<string, unknown>, now = new Date()): number {
  return db.transaction(
    (tx) => {
      const staleBefore = new Date(now.getTime() - STALE_RUN_MS).toISOString();
      tx.update(scrapeRuns)
        .set({ status: "failed", finishedAt: now.toISOString(), errors: [{ url: null, kind: "abandoned", status: null, message: "the run's process ended before it finished" }] })
        .where(and(eq(scrapeRuns.source, source), eq(scrapeRuns.status, "running"), lt(scrapeRuns.startedAt, staleBefore)))
        .run();
      const live = tx.select().from(scrapeRuns).where(and(eq(scrapeRuns.source, source), eq(scrapeRuns.status, "running"))).get();
      if (live) throw new RunInProgressError(`source ${source} already has run #${live.id} in progress since ${live.startedAt}`);
      const row = tx.insert(scrapeRuns).values({ source, startedAt: now.toISOString(), status: "running", options }).returning({ id: scrapeRuns.id }).get();
      return row.id;
    },
    { behavior: "immediate" },
  );
}

export function finishRun(db: Db, runId: number, result: { status: RunStatus; counts: RunCounts; errors: RunError[] }, now = new Date()): void {
  db.update(scrapeRuns)
    .set({ ...result.counts, status: result.status, errors: result.errors, finishedAt: now.toISOString() })
    .where(eq(scrapeRuns.id, runId))
    .run();
}
