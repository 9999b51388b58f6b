import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { companyGroups, companyJobs } from "../schema";

// The explorer's company filter read from migration 0013's rollups: a company search is matched
// against the distinct names of company_jobs (thousands) instead of every posting (a million).

export type CompanyMatch = { company?: string; companyMatch: "contains" | "exact" };

/** The filter's condition on a company name column: a part of it (LIKE, case-blind for ASCII, wildcards escaped) or all of it. */
export function companyNameMatches(column: AnyColumn, filter: CompanyMatch): SQL | undefined {
  if (!filter.company) return undefined;
  if (filter.companyMatch === "exact") return sql`${column} = ${filter.company}`;
  const escaped = filter.company.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`${column} LIKE ${`%${escaped}%`} ESCAPE '\\'`;
}

/** The names of postings the filter's company matches, as a subquery. */
export function matchingCompanyNames(filter: CompanyMatch): SQL {
  return sql`(select ${companyJobs.company} from ${companyJobs} where ${companyNameMatches(companyJobs.company, filter)})`;
}

/** Postings and distinct jobs under the names the filter matches: each name's jobs, less the repeats of groups with several matching names. */
export function countCompanyJobs(db: Db, filter: CompanyMatch): { postings: number; jobs: number } {
  const names = matchingCompanyNames(filter);
  const row = db.get<{ postings: number | null; jobs: number | null; repeats: number }>(sql`
    select sum(${companyJobs.postings}) as postings, sum(${companyJobs.jobs}) as jobs,
      (select count(*) - count(distinct ${companyGroups.groupId}) from ${companyGroups} indexed by company_groups_shared_idx
       where ${companyGroups.shared} = 1 and ${companyGroups.company} in ${names}) as repeats
    from ${companyJobs} where ${companyNameMatches(companyJobs.company, filter)}`);
  return { postings: row?.postings ?? 0, jobs: (row?.jobs ?? 0) - (row?.repeats ?? 0) };
}

/** How many postings the filter's company matches, from company_jobs. */
export function companyPostings(db: Db, filter: CompanyMatch): number {
  const row = db.get<{ postings: number | null }>(sql`select sum(${companyJobs.postings}) as postings from ${companyJobs} where ${companyNameMatches(companyJobs.company, filter)}`);
  return row?.postings ?? 0;
}
