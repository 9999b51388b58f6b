import "server-only";
import { asc, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { seriesPoints } from "../schema";
import type { PaperFramework } from "./adoption";

export type ConferencePaperRow = { year: string; conference: string; framework: PaperFramework; papers: number; total: number; share: number };

/**
 * Papers mentioning each framework per conference and year: the rows /trends pools by year
 * (getPaperShareByYear), for an export that shows what each year's share is made of.
 */
export function getPaperShareByConference(db: Db): ConferencePaperRow[] {
  const year = sql<string>`substr(${seriesPoints.date}, 1, 4)`;
  const rows = db
    .select({ year, conference: seriesPoints.key, series: seriesPoints.series, papers: sql<number>`sum(${seriesPoints.value})` })
    .from(seriesPoints)
    .where(inArray(seriesPoints.series, ["papers_pytorch", "papers_tensorflow", "papers_total"]))
    .groupBy(year, seriesPoints.key, seriesPoints.series)
    .orderBy(year, asc(seriesPoints.key))
    .all();
  const totals = new Map(rows.filter((row) => row.series === "papers_total").map((row) => [`${row.year}|${row.conference}`, row.papers]));
  return rows.flatMap((row) => {
    const total = totals.get(`${row.year}|${row.conference}`) ?? 0;
    if (row.series === "papers_total" || total <= 0) return [];
    const framework: PaperFramework = row.series === "papers_pytorch" ? "pytorch" : "tensorflow";
    return [{ year: row.year, conference: row.conference, framework, papers: row.papers, total, share: row.papers / total }];
  });
}
