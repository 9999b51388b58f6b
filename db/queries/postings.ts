import "server-only";
import { and, asc, count, countDistinct, desc, eq, exists, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { integer, real, sqliteTable } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { SEARCH_LIMIT, toFtsQuery } from "@/lib/search/fts-query";
import { FRAMEWORKS, REMOTE_MODES, ROLES, SENIORITIES, USE_CASES, type Framework, type RemoteMode, type Seniority } from "@/lib/taxonomy";
import { SOURCE_FILTERS, sourcesOfFilter } from "@/lib/trends/source-groups";
import type { Db } from "../client";
import { companyNameMatches, countCompanyJobs, matchingCompanyNames } from "./company-jobs";
import { countCountryJobs } from "./country-jobs";
import { drivingFilter, type DrivingFilter } from "./explorer-driver";
import { ANY_LABEL, countJobCells } from "./job-cells";
import { postingCountries, postingFrameworks, postingRoles, postingUseCases, postings } from "../schema";

export const POSTING_SORTS = ["newest", "oldest", "salary", "company", "relevance"] as const;
export const POSTING_STATUSES = ["all", "open", "closed"] as const;
/** "contains": part of the name (the search form); "exact": the name as the postings write it (links from counts by company). */
export const COMPANY_MATCHES = ["contains", "exact"] as const;
/**
 * "limited": a search counts and ranks at most its limit of matches (SEARCH_LIMIT, PULSE_SEARCH_LIMIT);
 * "all": every match, which FTS5 reads one by one, so a broad search over a million postings reads hundreds of thousands.
 */
export const MATCH_SCOPES = ["limited", "all"] as const;
export const PAGE_SIZE = 25;
/** Offset paging stops here (1,000 rows): past it, narrowing the filters is the better tool. */
export const MAX_PAGE = 40;

export const postingFilterSchema = z.object({
  q: z.string().trim().max(200, "a search is at most 200 characters").optional(),
  framework: z.enum(FRAMEWORKS).optional(),
  useCase: z.enum(USE_CASES).optional(),
  role: z.enum(ROLES).optional(),
  seniority: z.enum(SENIORITIES).optional(),
  remote: z.enum(REMOTE_MODES).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, "a country is a two-letter ISO code such as DE").optional(),
  /** One posting source, or "boards": every source but Hacker News (the trends page's second series). */
  source: z.enum(SOURCE_FILTERS).optional(),
  company: z.string().trim().max(100, "a company name is at most 100 characters").optional(),
  companyMatch: z.enum(COMPANY_MATCHES).default("contains"),
  /** Annual base pay in USD: postings whose posted range overlaps [salaryMin, salaryMax]. */
  salaryMin: z.number().int().min(0).max(10_000_000).optional(),
  salaryMax: z.number().int().min(0).max(10_000_000).optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
  status: z.enum(POSTING_STATUSES).default("all"),
  matches: z.enum(MATCH_SCOPES).default("limited"),
  sort: z.enum(POSTING_SORTS).default("newest"),
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
});
export type PostingFilter = z.infer<typeof postingFilterSchema>;

export type PostingListRow = {
  id: number;
  title: string;
  company: string | null;
  source: string;
  month: string;
  postedAt: string;
  locationText: string | null;
  seniority: Seniority;
  remote: RemoteMode;
  salaryUsdMin: number | null;
  salaryUsdMax: number | null;
  closedAt: string | null;
  frameworks: Framework[];
};
/** Exact counts; or, for a search with more matches than its limit, the limit (`capped`) and no jobs. */
export type PostingCount = { postings: number; jobs: number; capped?: undefined } | { postings: number; jobs: null; capped: true };

// The FTS5 table of migration 0004, declared here for reads only: drizzle-kit does not manage virtual tables.
export const postingsFts = sqliteTable("postings_fts", { rowid: integer("rowid").notNull(), rank: real("rank").notNull() });

const jobGroup = sql<number>`coalesce(${postings.groupId}, ${postings.id})`;

type LabelTable = typeof postingFrameworks | typeof postingRoles | typeof postingUseCases | typeof postingCountries;

/**
 * The explorer's filter as SQL; the postings export selects with the same conditions. Labels are
 * EXISTS probes of each row and a company search a LIKE, except the filter the query starts from
 * (explorer-driver.ts): its postings as `id IN (label index)` or `company IN (matching names)`.
 * With a search, a count reads every label as `id IN` (the text index and the labels intersect).
 */
export function conditions(db: Db, filter: PostingFilter, fts: string | null, forCount = false): SQL | undefined {
  const driver = fts ? undefined : drivingFilter(db, filter, forCount);
  const labelled = (name: DrivingFilter, table: LabelTable, condition: SQL): SQL =>
    driver === name || (fts && forCount)
      ? inArray(postings.id, db.select({ id: table.postingId }).from(table).where(condition))
      : exists(db.select({ one: sql`1` }).from(table).where(and(eq(table.postingId, postings.id), condition)));
  return and(
    fts ? sql`${postingsFts} MATCH ${fts}` : undefined,
    filter.framework ? labelled("framework", postingFrameworks, eq(postingFrameworks.framework, filter.framework)) : undefined,
    filter.useCase ? labelled("useCase", postingUseCases, eq(postingUseCases.useCase, filter.useCase)) : undefined,
    filter.role ? labelled("role", postingRoles, eq(postingRoles.role, filter.role)) : undefined,
    filter.country ? labelled("country", postingCountries, eq(postingCountries.country, filter.country)) : undefined,
    filter.seniority ? eq(postings.seniority, filter.seniority) : undefined,
    filter.remote ? eq(postings.remote, filter.remote) : undefined,
    filter.source ? inArray(postings.source, sourcesOfFilter(filter.source)) : undefined,
    driver === "company" ? sql`${postings.company} in ${matchingCompanyNames(filter)}` : companyNameMatches(postings.company, filter),
    filter.salaryMin !== undefined ? gte(postings.salaryUsdMax, filter.salaryMin) : undefined,
    filter.salaryMax !== undefined ? lte(postings.salaryUsdMin, filter.salaryMax) : undefined,
    filter.from ? gte(postings.month, filter.from) : undefined,
    filter.to ? lte(postings.month, filter.to) : undefined,
    filter.status === "open" ? isNull(postings.closedAt) : filter.status === "closed" ? isNotNull(postings.closedAt) : undefined,
  );
}

export function ordering(filter: PostingFilter, fts: string | null): SQL[] {
  switch (filter.sort) {
    case "relevance":
      return fts ? [asc(postingsFts.rank), desc(postings.id)] : [desc(postings.postedAt), desc(postings.id)];
    case "oldest":
      return [asc(postings.postedAt), asc(postings.id)];
    case "salary":
      return [sql`${postings.salaryUsdMax} DESC NULLS LAST`, desc(postings.id)];
    case "company":
      // "company COLLATE NOCASE NULLS LAST", written as postings_company_sort_idx's expressions so a page walks that index.
      return [sql`(${postings.company} IS NULL)`, sql`${postings.company} COLLATE NOCASE`, desc(postings.id)];
    case "newest":
      return [desc(postings.postedAt), desc(postings.id)];
  }
}

/**
 * Postings matching the filter, and the distinct jobs (duplicate groups) among them. A search with
 * more than `limit` matches stops counting there (`capped`) unless the filter asks for all matches.
 */
export function countPostings(db: Db, filter: PostingFilter, limit = SEARCH_LIMIT): PostingCount {
  if (countableFromCompanies(filter)) return countCompanyJobs(db, filter);
  if (filter.country && countableFromCountry(filter)) return countCountryJobs(db, filter.country);
  if (countableFromCells(filter)) {
    const sources = filter.source ? sourcesOfFilter(filter.source) : undefined;
    const row = countJobCells(db, { sources, from: filter.from, to: filter.to, by: [], frameworks: [filter.framework ?? ANY_LABEL], useCases: [filter.useCase ?? ANY_LABEL] })[0];
    return { postings: row?.postings ?? 0, jobs: row?.jobs ?? 0 };
  }
  const fts = filter.q ? toFtsQuery(filter.q) : null;
  const capped = { postings: limit, jobs: null, capped: true } as const;
  if (fts && searchOnly(filter)) {
    // The text index alone says whether there are more matches than the limit, without reading postings.
    if (filter.matches === "limited" && db.get<{ n: number }>(sql`select count(*) as n from (select rowid from ${postingsFts} where ${postingsFts} match ${fts} limit ${limit + 1})`).n > limit) return capped;
    // The matches' jobs from postings_job_idx: the planner would read every matching row of postings for its group.
    return db.get<{ postings: number; jobs: number }>(sql`
      select count(*) as postings, count(distinct coalesce(group_id, id)) as jobs from postings indexed by postings_job_idx
      where id in (select rowid from ${postingsFts} where ${postingsFts} match ${fts})`);
  }
  if (!fts && labelsOnly(filter)) {
    // The jobs from postings_job_idx too: a row's group_id sits past its description, often on overflow pages.
    return db.get<{ postings: number; jobs: number }>(sql`
      select count(*) as postings, count(distinct coalesce(group_id, id)) as jobs from ${postings} indexed by postings_job_idx
      where ${conditions(db, filter, null, true)}`);
  }
  if (fts && filter.matches === "limited") {
    // Counting stops at the first match past the limit, whatever the filters.
    const matching = db.select({ job: jobGroup.as("job") }).from(postings).innerJoin(postingsFts, eq(postingsFts.rowid, postings.id));
    const rows = matching.where(conditions(db, filter, fts, true)).limit(limit + 1).as("matching");
    const counted = db.select({ postings: count(), jobs: countDistinct(rows.job) }).from(rows).get() ?? { postings: 0, jobs: 0 };
    return counted.postings > limit ? capped : counted;
  }
  const base = db.select({ postings: count(), jobs: countDistinct(jobGroup) }).from(postings).$dynamic();
  const query = fts ? base.innerJoin(postingsFts, eq(postingsFts.rowid, postings.id)) : base;
  return query.where(conditions(db, filter, fts, true)).get() ?? { postings: 0, jobs: 0 };
}

// What a filter only orders or pages by, how it matches a company, or how many matches it reads (no filter without one).
const NOT_FILTERS = new Set<string>(["status", "sort", "page", "companyMatch", "matches"]);

/** Every posting status, and no filter set but `only` (the rollups and indexes that answer such filters exactly). */
function filtersOnly(filter: PostingFilter, only: ReadonlyArray<keyof PostingFilter>): boolean {
  return filter.status === "all" && Object.entries(filter).every(([key, value]) => value === undefined || value === "" || NOT_FILTERS.has(key) || only.includes(key as keyof PostingFilter));
}

/** Labels and nothing else: every condition is on label tables and the posting's id. */
const labelsOnly = (filter: PostingFilter) => filtersOnly(filter, ["framework", "useCase", "role", "country"]);

/** A search and nothing else: the text index alone decides which postings match. */
const searchOnly = (filter: PostingFilter) => filtersOnly(filter, ["q"]);

/** Filters the rollup cells can answer exactly: framework, use case, source and months, and nothing else. */
export const countableFromCells = (filter: PostingFilter) => filtersOnly(filter, ["framework", "useCase", "source", "from", "to"]);

/** A company and nothing else: the names' rollup answers (company_jobs, company_groups). */
const countableFromCompanies = (filter: PostingFilter) => Boolean(filter.company) && filtersOnly(filter, ["company"]);

/** A country and nothing else: its rollup answers (posting_country_counts, country_jobs). */
const countableFromCountry = (filter: PostingFilter) => Boolean(filter.country) && filtersOnly(filter, ["country"]);

/** One page of postings matching the filter, in the filter's order; by relevance, among at most `limit` matches unless all are asked for. */
export function listPostings(db: Db, filter: PostingFilter, limit = SEARCH_LIMIT): PostingListRow[] {
  const fts = filter.q ? toFtsQuery(filter.q) : null;
  const base = db
    .select({
      id: postings.id,
      title: postings.title,
      company: postings.company,
      source: postings.source,
      month: postings.month,
      postedAt: postings.postedAt,
      locationText: postings.locationText,
      seniority: postings.seniority,
      remote: postings.remote,
      salaryUsdMin: postings.salaryUsdMin,
      salaryUsdMax: postings.salaryUsdMax,
      closedAt: postings.closedAt,
      frameworks: sql<string | null>`(SELECT group_concat(${postingFrameworks.framework}, ',') FROM ${postingFrameworks} WHERE ${postingFrameworks.postingId} = ${postings.id})`,
    })
    .from(postings)
    .$dynamic();
  const offset = (filter.page - 1) * PAGE_SIZE;
  if (fts && filter.sort === "relevance") {
    // The page's matches ranked first, then postings read for those 25 rows, not for every match. Left
    // "limited", only the `limit` most recently collected matches (highest ids, the text index's order) are ranked.
    const matches = db.select({ rowid: postingsFts.rowid, rank: postingsFts.rank }).from(postingsFts).$dynamic();
    const filtered = searchOnly(filter) ? matches.where(sql`${postingsFts} MATCH ${fts}`) : matches.innerJoin(postings, eq(postings.id, postingsFts.rowid)).where(conditions(db, filter, fts));
    const scope = (filter.matches === "limited" ? filtered.orderBy(desc(postingsFts.rowid)).limit(limit) : filtered).as("scope");
    const ranked = db.select({ rowid: scope.rowid, rank: scope.rank }).from(scope).orderBy(asc(scope.rank), desc(scope.rowid)).limit(PAGE_SIZE).offset(offset).as("ranked");
    const rows = base.innerJoin(ranked, eq(ranked.rowid, postings.id)).orderBy(asc(ranked.rank), desc(postings.id)).all();
    return rows.map((row) => ({ ...row, frameworks: sortFrameworks(row.frameworks) }));
  }
  if (!fts) {
    // The page's ids in order first, reading only the sort keys of the matches: then the 25 rows whole, not every match.
    const page = db.select({ id: postings.id }).from(postings).where(conditions(db, filter, null)).orderBy(...ordering(filter, null)).limit(PAGE_SIZE).offset(offset);
    const rows = base.where(inArray(postings.id, page)).orderBy(...ordering(filter, null)).all();
    return rows.map((row) => ({ ...row, frameworks: sortFrameworks(row.frameworks) }));
  }
  const rows = base.innerJoin(postingsFts, eq(postingsFts.rowid, postings.id)).where(conditions(db, filter, fts)).orderBy(...ordering(filter, fts)).limit(PAGE_SIZE).offset(offset).all();
  return rows.map((row) => ({ ...row, frameworks: sortFrameworks(row.frameworks) }));
}

function sortFrameworks(list: string | null): Framework[] {
  const named = new Set(list?.split(",") ?? []);
  return FRAMEWORKS.filter((framework) => named.has(framework));
}
