import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { RUN_STATUSES } from "@/lib/sources";

export const sources = sqliteTable("sources", {
  name: text("name").primaryKey(),
  label: text("label").notNull(),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  schedule: text("schedule").notNull(),
  /** The longest interval between reads that the source itself asked for (a feed's notice, an RSS ttl). */
  requestedIntervalMs: integer("requested_interval_ms"),
  updatedAt: text("updated_at").notNull(),
});

export type RunError = { url: string | null; kind: string; status: number | null; message: string };

export const scrapeRuns = sqliteTable(
  "scrape_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    source: text("source")
      .notNull()
      .references(() => sources.name),
    startedAt: text("started_at").notNull(),
    finishedAt: text("finished_at"),
    status: text("status", { enum: RUN_STATUSES }).notNull(),
    fetched: integer("fetched").notNull().default(0),
    newCount: integer("new_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    unchangedCount: integer("unchanged_count").notNull().default(0),
    failedCount: integer("failed_count").notNull().default(0),
    skippedCount: integer("skipped_count").notNull().default(0),
    closedCount: integer("closed_count").notNull().default(0),
    errors: text("errors", { mode: "json" }).$type<RunError[]>().notNull().default(sql`'[]'`),
    options: text("options", { mode: "json" }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  },
  (t) => [index("scrape_runs_source_started_idx").on(t.source, t.startedAt)],
);

export type ScrapeRun = typeof scrapeRuns.$inferSelect;
