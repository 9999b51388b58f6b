import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { scrapeRuns, sources } from "../schema";

export function isSourceEnabled(db: Db, name: string): boolean {
  return db.select({ enabled: sources.enabled }).from(sources).where(eq(sources.name, name)).get()?.enabled ?? true;
}

export function getLatestRun(db: Db, source: string) {
  return db.select().from(scrapeRuns).where(eq(scrapeRuns.source, source)).orderBy(desc(scrapeRuns.id)).limit(1).get() ?? null;
}

/** When the source's own notice lets us read it again, or null when it asked nothing or was never read. */
export function nextAllowedRead(db: Db, source: string): Date | null {
  const interval = db.select({ ms: sources.requestedIntervalMs }).from(sources).where(eq(sources.name, source)).get()?.ms;
  if (!interval) return null;
  const last = db
    .select({ startedAt: scrapeRuns.startedAt })
    .from(scrapeRuns)
    .where(and(eq(scrapeRuns.source, source), inArray(scrapeRuns.status, ["ok", "partial"])))
    .orderBy(desc(scrapeRuns.id))
    .limit(1)
    .get();
  return last ? new Date(Date.parse(last.startedAt) + interval) : null;
}
