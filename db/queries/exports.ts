import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { toFtsQuery } from "@/lib/search/fts-query";
import { POSTING_SOURCES } from "@/lib/sources";
import type { Db } from "../client";
import { postingCountries, postingFrameworks, postingRoles, postingUseCases, postings } from "../schema";
import { iterateSelect } from "./iterate";
import { countJobCells } from "./job-cells";
import { conditions, ordering, postingsFts, type PostingFilter } from "./postings";

type LabelTable = typeof postingFrameworks | typeof postingRoles | typeof postingUseCases | typeof postingCountries;

const labels = (table: LabelTable, column: SQL) => sql<string | null>`(select group_concat(${column}, '; ') from ${table} where ${table.postingId} = ${postings.id})`;

const postingExportFields = {
  id: postings.id,
  source: postings.source,
  sourceId: postings.sourceId,
  company: postings.company,
  title: postings.title,
  location: postings.locationText,
  countries: labels(postingCountries, sql`${postingCountries.country}`),
  month: postings.month,
  postedAt: postings.postedAt,
  closedAt: postings.closedAt,
  seniority: postings.seniority,
  remote: postings.remote,
  frameworks: labels(postingFrameworks, sql`${postingFrameworks.framework}`),
  roles: labels(postingRoles, sql`${postingRoles.role}`),
  useCases: labels(postingUseCases, sql`${postingUseCases.useCase}`),
  salaryMin: postings.salaryMin,
  salaryMax: postings.salaryMax,
  salaryCurrency: postings.salaryCurrency,
  salaryPeriod: postings.salaryPeriod,
  salaryUsdMin: postings.salaryUsdMin,
  salaryUsdMax: postings.salaryUsdMax,
  url: postings.url,
  applyUrl: postings.applyUrl,
  jobGroup: sql<number>`coalesce(${postings.groupId}, ${postings.id})`,
};

export type PostingExportRow = {
  id: number; source: string; sourceId: string; company: string | null; title: string; location: string | null; countries: string | null;
  month: string; postedAt: string; closedAt: string | null; seniority: string; remote: string; frameworks: string | null; roles: string | null;
  useCases: string | null; salaryMin: number | null; salaryMax: number | null; salaryCurrency: string | null; salaryPeriod: string | null;
  salaryUsdMin: number | null; salaryUsdMax: number | null; url: string; applyUrl: string | null; jobGroup: number;
};

/** Every posting of the explorer's filter in its order, one at a time (no page): for exports of any size. */
export function iteratePostings(db: Db, filter: PostingFilter): IterableIterator<PostingExportRow> {
  const fts = filter.q ? toFtsQuery(filter.q) : null;
  const base = db.select(postingExportFields).from(postings).$dynamic();
  const query = (fts ? base.innerJoin(postingsFts, eq(postingsFts.rowid, postings.id)) : base).where(conditions(db, filter, fts)).orderBy(...ordering(filter, fts));
  return iterateSelect<PostingExportRow>(db, query, Object.keys(postingExportFields) as Array<keyof PostingExportRow>);
}

/** Postings per source among the explorer filter's, for an export's source mix. */
export function getPostingSourceMix(db: Db, filter: PostingFilter): Array<{ source: string; postings: number }> {
  const fts = filter.q ? toFtsQuery(filter.q) : null;
  const base = db.select({ source: postings.source, postings: sql<number>`count(*)` }).from(postings).$dynamic();
  const query = fts ? base.innerJoin(postingsFts, eq(postingsFts.rowid, postings.id)) : base;
  return query.where(conditions(db, filter, fts)).groupBy(postings.source).orderBy(postings.source).all();
}

/** Distinct jobs (duplicate groups) per source within a month range, for an aggregate's source mix. */
export function getJobSourceMix(db: Db, filter: { sources?: readonly string[]; from?: string; to?: string }): Array<{ source: string; jobs: number }> {
  return countJobCells(db, { sources: filter.sources ?? POSTING_SOURCES, from: filter.from, to: filter.to, by: ["source"] }).map((row) => ({ source: row.source, jobs: row.jobs }));
}
