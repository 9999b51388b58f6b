import "server-only";
import { and, countDistinct, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { SOURCES } from "@/lib/sources";
import { FRAMEWORKS, type Framework } from "@/lib/taxonomy";
import type { Db } from "../client";
import { postingFrameworks, postings } from "../schema";

export const trendFilterSchema = z.object({
  source: z.enum(SOURCES).default("hn"),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});
export type TrendFilter = z.infer<typeof trendFilterSchema>;

export type MonthlyPostings = { month: string; postings: number };
export type MonthlyMentions = { bucket: string; series: Framework; value: number };
export type MonthlyFrameworkCounts = { month: string; postings: number } & Record<Framework, number>;

// A job seen on several sources or reposted counts once: charts count duplicate groups, not rows.
const jobGroup = sql<number>`coalesce(${postings.groupId}, ${postings.id})`;

function postingConditions(filter: TrendFilter): SQL | undefined {
  return and(
    eq(postings.source, filter.source),
    filter.from ? gte(postings.month, filter.from) : undefined,
    filter.to ? lte(postings.month, filter.to) : undefined,
  );
}

export function getPostingsByMonth(db: Db, filter: TrendFilter): MonthlyPostings[] {
  return db
    .select({ month: postings.month, postings: countDistinct(jobGroup) })
    .from(postings)
    .where(postingConditions(filter))
    .groupBy(postings.month)
    .orderBy(postings.month)
    .all();
}

/** Long rows: postings mentioning each framework per month. */
export function getFrameworkMentionsByMonth(db: Db, filter: TrendFilter): MonthlyMentions[] {
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
export function getMonthlyFrameworkCounts(db: Db, filter: TrendFilter): MonthlyFrameworkCounts[] {
  const mentions = getFrameworkMentionsByMonth(db, filter);
  return getPostingsByMonth(db, filter).map(({ month, postings: total }) => {
    const row = { month, postings: total } as MonthlyFrameworkCounts;
    for (const framework of FRAMEWORKS) row[framework] = 0;
    for (const mention of mentions) if (mention.bucket === month) row[mention.series] = mention.value;
    return row;
  });
}
