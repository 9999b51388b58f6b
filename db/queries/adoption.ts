import "server-only";
import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { SERIES_INFO } from "@/lib/series";
import type { Db } from "../client";
import { seriesPoints } from "../schema";

export const PAPER_FRAMEWORKS = ["pytorch", "tensorflow"] as const;
export type PaperFramework = (typeof PAPER_FRAMEWORKS)[number];

export type PaperShareRow = { year: string; framework: PaperFramework; papers: number; total: number; share: number; conferences: number };

/**
 * Share of conference papers mentioning each framework per conference year, pooled over the
 * conferences of that year (papers mentioning it ÷ all papers), with the papers it rests on.
 */
export function getPaperShareByYear(db: Db): PaperShareRow[] {
  const year = sql<string>`substr(${seriesPoints.date}, 1, 4)`;
  const rows = db
    .select({ year, series: seriesPoints.series, papers: sql<number>`sum(${seriesPoints.value})`, conferences: sql<number>`count(distinct ${seriesPoints.key})` })
    .from(seriesPoints)
    .where(inArray(seriesPoints.series, ["papers_pytorch", "papers_tensorflow", "papers_total"]))
    .groupBy(year, seriesPoints.series)
    .orderBy(year)
    .all();
  const totals = new Map(rows.filter((row) => row.series === "papers_total").map((row) => [row.year, row]));
  return rows.flatMap((row) => {
    const total = totals.get(row.year);
    if (row.series === "papers_total" || !total || total.papers <= 0) return [];
    const framework: PaperFramework = row.series === "papers_pytorch" ? "pytorch" : "tensorflow";
    return [{ year: row.year, framework, papers: row.papers, total: total.papers, share: row.papers / total.papers, conferences: total.conferences }];
  });
}

export const indeedFilterSchema = z.object({
  /** ISO alpha-2 country as Hiring Lab keys it; absent → every country stored. */
  country: z.string().regex(/^[A-Z]{2}$/, "a country is an ISO code such as US").optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});
export type IndeedFilter = z.infer<typeof indeedFilterSchema>;

export type IndeedShareRow = { bucket: string; series: string; value: number; days: number };

/** Indeed's share of postings mentioning AI/ML, the month's mean of the daily values, per country. */
export function getIndeedAiShareByMonth(db: Db, filter: IndeedFilter): IndeedShareRow[] {
  const month = sql<string>`substr(${seriesPoints.date}, 1, 7)`;
  return db
    .select({ bucket: month, series: seriesPoints.key, value: sql<number>`avg(${seriesPoints.value})`, days: sql<number>`count(*)` })
    .from(seriesPoints)
    .where(
      and(
        eq(seriesPoints.series, "indeed_ai_share"),
        filter.country ? eq(seriesPoints.key, filter.country) : undefined,
        filter.from ? gte(seriesPoints.date, filter.from) : undefined,
        // A daily date "2024-03-15" sorts after "2024-03": bound by the next character instead.
        filter.to ? lte(seriesPoints.date, `${filter.to}-32`) : undefined,
      ),
    )
    .groupBy(month, seriesPoints.key)
    .orderBy(month, asc(seriesPoints.key))
    .all();
}

/** Countries Indeed's AI series is stored for. */
export function listIndeedCountries(db: Db): string[] {
  return db
    .selectDistinct({ key: seriesPoints.key })
    .from(seriesPoints)
    .where(eq(seriesPoints.series, "indeed_ai_share"))
    .orderBy(seriesPoints.key)
    .all()
    .map((row) => row.key);
}

export const INDEED_AI_INFO = SERIES_INFO.indeed_ai_share;
export const PAPERS_INFO = SERIES_INFO.papers_total;
