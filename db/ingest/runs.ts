import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { scrapeRuns, sources, type RunError } from "../schema";
import type { RunStatus } from "@/lib/sources";
import { currentOwner, ownerLiveness, type RunOwner } from "./run-owner";

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
// Sooner than that, a run is let go as soon as its process is known to be gone (run-owner.ts).
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

/**
 * Opens a run, refusing while another live run holds the same source. A run whose process is gone
 * (killed, crashed) or that is older than STALE_RUN_MS is closed as failed first. The run records
 * its owner (pid, host) among its options so that the next run can tell.
 */
export function startRun(db: Db, source: string, options: Record<string, unknown>, now = new Date(), owner: RunOwner = currentOwner()): number {
  return db.transaction(
    (tx) => {
      const staleBefore = new Date(now.getTime() - STALE_RUN_MS).toISOString();
      for (const run of tx.select().from(scrapeRuns).where(and(eq(scrapeRuns.source, source), eq(scrapeRuns.status, "running"))).all()) {
        const dead = ownerLiveness(run.options.owner, owner) === "dead";
        if (!dead && run.startedAt >= staleBefore) throw new RunInProgressError(`source ${source} already has run #${run.id} in progress since ${run.startedAt}`);
        const message = dead ? `the run's process (${describeOwner(run.options.owner)}) ended before it finished` : "the run's process ended before it finished";
        tx.update(scrapeRuns)
          .set({ status: "failed", finishedAt: now.toISOString(), errors: [...run.errors, { url: null, kind: "abandoned", status: null, message }] })
          .where(eq(scrapeRuns.id, run.id))
          .run();
      }
      const row = tx.insert(scrapeRuns).values({ source, startedAt: now.toISOString(), status: "running", options: { ...options, owner } }).returning({ id: scrapeRuns.id }).get();
      return row.id;
    },
    { behavior: "immediate" },
  );
}

function describeOwner(owner: unknown): string {
  const { pid, host } = (owner ?? {}) as Partial<RunOwner>;
  return `pid ${pid} on ${host}`;
}

export function finishRun(db: Db, runId: number, result: { status: RunStatus; counts: RunCounts; errors: RunError[] }, now = new Date()): void {
  db.update(scrapeRuns)
    .set({ ...result.counts, status: result.status, errors: result.errors, finishedAt: now.toISOString() })
    .where(eq(scrapeRuns.id, runId))
    .run();
}
