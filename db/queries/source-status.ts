import "server-only";
import { count, inArray, max, sql } from "drizzle-orm";
import { SOURCES, isDataSource, type RunStatus } from "@/lib/sources";
import type { Db } from "../client";
import { postingCompanyCounts, salaryReports, scrapeRuns, seriesPoints, sources, surveyCellCounts } from "../schema";
import { countJobCells } from "./job-cells";

export type LastRun = {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  fetched: number;
  newCount: number;
  updatedCount: number;
  closedCount: number;
  failedCount: number;
  skippedCount: number;
  errors: number;
};

export type SourceStatusRow = {
  source: string;
  label: string;
  kind: "postings" | "data";
  enabled: boolean;
  runs: number;
  lastRun: LastRun | null;
  /** Rows stored: postings, survey responses, salary reports or series points. */
  stored: number;
  /** Postings only: still listed, closed, and distinct jobs (duplicate groups). */
  open: number | null;
  closed: number | null;
  jobs: number | null;
};

/** Every source the product knows, with its latest run and what it has stored. */
export function getSourceStatus(db: Db): SourceStatusRow[] {
  const registered = new Map(db.select().from(sources).all().map((row) => [row.name, row]));
  const lastIds = db.select({ id: max(scrapeRuns.id) }).from(scrapeRuns).groupBy(scrapeRuns.source);
  const lastRuns = new Map(
    db
      .select()
      .from(scrapeRuns)
      .where(inArray(scrapeRuns.id, lastIds))
      .all()
      .map((run) => [run.source, { ...run, errors: run.errors.length }]),
  );
  const runCounts = new Map(db.select({ source: scrapeRuns.source, n: count() }).from(scrapeRuns).groupBy(scrapeRuns.source).all().map((r) => [r.source, r.n]));
  const jobs = new Map(countJobCells(db, { by: ["source"] }).map((row) => [row.source, row.jobs]));
  const postingCounts = new Map(
    db
      .select({ source: postingCompanyCounts.source, stored: sql<number>`sum(${postingCompanyCounts.postings})`, closed: sql<number>`sum(${postingCompanyCounts.closed})` })
      .from(postingCompanyCounts)
      .groupBy(postingCompanyCounts.source)
      .all()
      .filter((row) => row.stored > 0)
      .map((row) => [row.source, { ...row, open: row.stored - row.closed, jobs: jobs.get(row.source) ?? 0 }]),
  );
  const dataCounts = new Map<string, number>([
    // Respondents from the survey cell rollup of migration 0006, not a count of millions of responses.
    ...db
      .select({ source: surveyCellCounts.source, n: sql<number>`sum(${surveyCellCounts.respondents})` })
      .from(surveyCellCounts)
      .groupBy(surveyCellCounts.source)
      .all()
      .filter((r) => r.n > 0)
      .map((r) => [r.source, r.n] as const),
    ...db.select({ source: salaryReports.source, n: count() }).from(salaryReports).groupBy(salaryReports.source).all().map((r) => [r.source, r.n] as const),
    ["adoption-series", db.select({ n: count() }).from(seriesPoints).get()?.n ?? 0],
  ]);

  return SOURCES.map((source) => {
    const run = lastRuns.get(source);
    const counts = postingCounts.get(source);
    const data = isDataSource(source);
    return {
      source,
      label: registered.get(source)?.label ?? source,
      kind: data ? "data" : "postings",
      enabled: registered.get(source)?.enabled ?? true,
      runs: runCounts.get(source) ?? 0,
      lastRun: run
        ? {
            id: run.id,
            startedAt: run.startedAt,
            finishedAt: run.finishedAt,
            status: run.status,
            fetched: run.fetched,
            newCount: run.newCount,
            updatedCount: run.updatedCount,
            closedCount: run.closedCount,
            failedCount: run.failedCount,
            skippedCount: run.skippedCount,
            errors: run.errors,
          }
        : null,
      stored: data ? (dataCounts.get(source) ?? 0) : (counts?.stored ?? 0),
      open: data ? null : (counts?.open ?? 0),
      closed: data ? null : (counts?.closed ?? 0),
      jobs: data ? null : (counts?.jobs ?? 0),
    };
  });
}

/** The months that hold Hacker News postings, in order. */
export function listHnMonths(db: Db): string[] {
  // Month to next month by index seeks (postings_source_month_group_idx): as many steps as months, not postings.
  return db
    .all<{ month: string }>(
      sql`with recursive months(month) as (
        select min(month) from postings where source = 'hn'
        union all
        select (select min(p.month) from postings p where p.source = 'hn' and p.month > months.month) from months where months.month is not null
      ) select month from months where month is not null`,
    )
    .map((row) => row.month);
}
