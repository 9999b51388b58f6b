import "server-only";
import { and, countDistinct, eq, gte, inArray, lte, min, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { SOURCES } from "@/lib/sources";
import { FRAMEWORKS, type Framework } from "@/lib/taxonomy";
import { SOURCE_GROUPS, sourcesOf } from "@/lib/trends/source-groups";
import type { Db } from "../client";
import { postingFrameworks, postings, scrapeRuns, sources } from "../schema";

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

// A job seen on several sources or reposted counts once: charts count duplicate groups, not rows.
const jobGroup = sql<number>`coalesce(${postings.groupId}, ${postings.id})`;

type Scope = { sources: readonly string[]; from?: string; to?: string };

function postingConditions(filter: TrendFilter | Scope): SQL | undefined {
  return and(
    "sources" in filter ? inArray(postings.source, [...filter.sources]) : eq(postings.source, filter.source),
    filter.from ? gte(postings.month, filter.from) : undefined,
    filter.to ? lte(postings.month, filter.to) : undefined,
  );
}

export function getPostingsByMonth(db: Db, filter: TrendFilter | Scope): MonthlyPostings[] {
  return db
    .select({ month: postings.month, postings: countDistinct(jobGroup) })
    .from(postings)
    .where(postingConditions(filter))
    .groupBy(postings.month)
    .orderBy(postings.month)
    .all();
}

/** Long rows: postings mentioning each framework per month. */
export function getFrameworkMentionsByMonth(db: Db, filter: TrendFilter | Scope): MonthlyMentions[] {
  return db
    .select({ bucket: postings.month, series: postingFrameworks.framework, value: countDistinct(jobGroup) })
    .from(postingFrameworks)
    .innerJoin(postings, eq(postings.id, postingFrameworks.postingId))
    .where(postingConditions(filter))
    .groupBy(postings.month, postingFrameworks.framework)
    .orderBy(postings.month, postingFrameworks.framework)
    .all();
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
  return db
    .select({ source: postings.source, label: sql<string>`coalesce(${sources.label}, ${postings.source})`, month: sql<string>`min(${postings.month})` })
    .from(postings)
    .leftJoin(sources, eq(sources.name, postings.source))
    .where(inArray(postings.source, sourcesOf(filter.group)))
    .groupBy(postings.source)
    .orderBy(sql`min(${postings.month})`)
    .all();
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
