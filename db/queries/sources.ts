import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { scrapeRuns, sources } from "../schema";

export function isSourceEnabled(db: Db, name: string): boolean {
  return db.select({ enabled: sources.enabled }).from(sources).where(eq(sources.name, name)).get()?.enabled ?? true;
}

export function getLatestRun(db: Db, source: string) {
  return db.select().from(scrapeRuns).where(eq(scrapeRuns.source, source)).orderBy(desc(scrapeRuns.id)).limit(1).get() ?? null;
}
