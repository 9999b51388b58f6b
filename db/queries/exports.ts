import "server-only";
import { and, asc, countDistinct, desc, eq, exists, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { integer, real, sqliteTable } from "drizzle-orm/sqlite-core";
import { toFtsQuery } from "@/lib/search/fts-query";
import { POSTING_SOURCES } from "@/lib/sources";
import { sourcesOfFilter } from "@/lib/trends/source-groups";
import type { Db } from "../client";
import { postingCountries, postingFrameworks, postingRoles, postingUseCases, postings } from "../schema";
import { iterateSelect } from "./iterate";
import type { PostingFilter } from "./postings";

// Seam: these mirror `conditions` and `ordering` of ./postings.ts, which are not exported. When
// they are, use them here; tests/integration/exports.test.ts checks both select the same rows.
const postingsFts = sqliteTable("postings_fts", { rowid: integer("rowid").notNull(), rank: real("rank").notNull() });
type LabelTable = typeof postingFrameworks | typeof postingRoles | typeof postingUseCases | typeof postingCountries;

function labelled(db: Db, table: LabelTable, condition: SQL): SQL {
  return exists(db.select({ one: sql`1` }).from(table).where(and(eq(table.postingId, postings.id), condition)));
}

function conditions(db: Db, filter: PostingFilter, fts: string | null): SQL | undefined {
  const escapedCompany = filter.company?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    fts ? sql`${postingsFts} MATCH ${fts}` : undefined,
    filter.framework ? labelled(db, postingFrameworks, eq(postingFrameworks.framework, filter.framework)) : undefined,
    filter.useCase ? labelled(db, postingUseCases, eq(postingUseCases.useCase, filter.useCase)) : undefined,
    filter.role ? labelled(db, postingRoles, eq(postingRoles.role, filter.role)) : undefined,
    filter.country ? labelled(db, postingCountries, eq(postingCountries.country, filter.country)) : undefined,
    filter.seniority ? eq(postings.seniority, filter.seniority) : undefined,
    filter.remote ? eq(postings.remote, filter.remote) : undefined,
    filter.source ? inArray(postings.source, sourcesOfFilter(filter.source)) : undefined,
    escapedCompany ? sql`${postings.company} LIKE ${`%${escapedCompany}%`} ESCAPE '\\'` : undefined,
    filter.salaryMin !== undefined ? gte(postings.salaryUsdMax, filter.salaryMin) : undefined,
    filter.salaryMax !== undefined ? lte(postings.salaryUsdMin, filter.salaryMax) : undefined,
    filter.from ? gte(postings.month, filter.from) : undefined,
    filter.to ? lte(postings.month, filter.to) : undefined,
    filter.status === "open" ? isNull(postings.closedAt) : filter.status === "closed" ? isNotNull(postings.closedAt) : undefined,
  );
}

function ordering(filter: PostingFilter, fts: string | null): SQL[] {
  switch (filter.sort) {
    case "relevance":
      return fts ? [asc(postingsFts.rank), desc(postings.id)] : [desc(postings.postedAt), desc(postings.id)];
    case "oldest":
      return [asc(postings.postedAt), asc(postings.id)];
    case "salary":
      return [sql`${postings.salaryUsdMax} DESC NULLS LAST`, desc(postings.id)];
    case "company":
      return [sql`${postings.company} COLLATE NOCASE ASC NULLS LAST`, desc(postings.id)];
    case "newest":
      return [desc(postings.postedAt), desc(postings.id)];
  }
}

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
  return db
    .select({ source: postings.source, jobs: countDistinct(sql`coalesce(${postings.groupId}, ${postings.id})`) })
    .from(postings)
    .where(
      and(
        inArray(postings.source, [...(filter.sources ?? POSTING_SOURCES)]),
        filter.from ? gte(postings.month, filter.from) : undefined,
        filter.to ? lte(postings.month, filter.to) : undefined,
      ),
    )
    .groupBy(postings.source)
    .orderBy(postings.source)
    .all();
}
