import "server-only";
import { eq, inArray, min, sql } from "drizzle-orm";
import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { SOURCES } from "@/lib/sources";
import { FRAMEWORKS, type Framework } from "@/lib/taxonomy";
import { SOURCE_GROUPS, sourcesOf } from "@/lib/trends/source-groups";
import type { Db } from "../client";
import { postings, scrapeRuns, sources } from "../schema";
import { countJobCells } from "./job-cells";

export const trendFilterSchema = z.object({
  source: z.enum(SOURCES).default("hn"),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});
export type TrendFilter = z.infer<typeof trendFilterSchema>;

/** A series group (Hacker News, or every job board pooled) over an optional month range. */
export const trendGroupFilterSchema = z.object({
  group: z.enum(SOURCE_GROUPS),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});
export type TrendGroupFilter = z.infer<typeof trendGroupFilterSchema>;

export type MonthlyPostings = { month: string; postings: number };
export type MonthlyMentions = { bucket: string; series: Framework; value: number };
export type MonthlyFrameworkCounts = { month: string; postings: number } & Record<Framework, number>;

type Scope = { sources: readonly string[]; from?: string; to?: string };

// A job seen on several sources or reposted counts once: charts count duplicate groups, not rows (job-cells.ts).
function cellScope(filter: TrendFilter | Scope) {
  return { sources: "sources" in filter ? filter.sources : [filter.source], from: filter.from, to: filter.to };
}

export function getPostingsByMonth(db: Db, filter: TrendFilter | Scope): MonthlyPostings[] {
  return countJobCells(db, { ...cellScope(filter), by: ["month"] }).map((row) => ({ month: row.month, postings: row.jobs }));
}

/** Long rows: postings mentioning each framework per month. */
export function getFrameworkMentionsByMonth(db: Db, filter: TrendFilter | Scope): MonthlyMentions[] {
  return countJobCells(db, { ...cellScope(filter), by: ["month", "framework"], frameworks: FRAMEWORKS }).map((row) => ({
    bucket: row.month,
    series: row.framework as Framework,
    value: row.jobs,
  }));
}

/** One row per month: distinct jobs (duplicate groups) and those mentioning each framework; months without data are absent. */
export function getMonthlyFrameworkCounts(db: Db, filter: TrendFilter | Scope): MonthlyFrameworkCounts[] {
  const mentions = getFrameworkMentionsByMonth(db, filter);
  return getPostingsByMonth(db, filter).map(({ month, postings: total }) => {
    const row = { month, postings: total } as MonthlyFrameworkCounts;
    for (const framework of FRAMEWORKS) row[framework] = 0;
    for (const mention of mentions) if (mention.bucket === month) row[mention.series] = mention.value;
    return row;
  });
}

/** As getMonthlyFrameworkCounts, for a group of sources: a job on two boards of the group counts once. */
export function getGroupMonthlyFrameworkCounts(db: Db, filter: TrendGroupFilter): MonthlyFrameworkCounts[] {
  return getMonthlyFrameworkCounts(db, { sources: sourcesOf(filter.group), from: filter.from, to: filter.to });
}

export type SourceMonth = { source: string; label: string; month: string };

/** The first month each source of the group has postings in: where the group's source mix changes. */
export function getGroupSourceStarts(db: Db, filter: TrendGroupFilter): SourceMonth[] {
  const labels = new Map(db.select({ name: sources.name, label: sources.label }).from(sources).all().map((row) => [row.name, row.label]));
  // One index seek per source (postings_source_month_group_idx) instead of grouping every posting of the group.
  return sourcesOf(filter.group)
    .flatMap((source): SourceMonth[] => {
      const month = db.select({ month: min(postings.month) }).from(postings).where(eq(postings.source, source)).get()?.month;
      return month ? [{ source, label: labels.get(source) ?? source, month }] : [];
    })
    .sort((a, b) => (a.month === b.month ? (a.source < b.source ? -1 : 1) : a.month < b.month ? -1 : 1));
}

/** The month of each source's first scrape run, for the sources of the group that have run. */
export function getGroupFirstRuns(db: Db, filter: TrendGroupFilter): SourceMonth[] {
  return db
    .select({ source: scrapeRuns.source, label: sources.label, month: sql<string>`substr(${min(scrapeRuns.startedAt)}, 1, 7)` })
    .from(scrapeRuns)
    .innerJoin(sources, eq(sources.name, scrapeRuns.source))
    .where(inArray(scrapeRuns.source, sourcesOf(filter.group)))
    .groupBy(scrapeRuns.source)
    .all();
}
