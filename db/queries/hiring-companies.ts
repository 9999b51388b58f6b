import "server-only";
import { sql } from "drizzle-orm";
import type { Framework } from "@/lib/taxonomy";
import type { Db } from "../client";
import { allOf } from "./market-filter";

export const TOP_HIRING_COMPANIES = 10;

export type HiringFilter = { framework: Framework; from?: string; to?: string; limit?: number };
/** A company as the postings name it (verbatim), and its distinct jobs mentioning the framework. */
export type HiringCompany = { company: string; jobs: number };
/** The top companies, and the whole table's n: distinct jobs mentioning the framework, companies naming them. */
export type HiringCompanies = { framework: Framework; jobs: number; companies: number; top: HiringCompany[] };

type Row = { totalJobs: number; companies: number; company: string | null; jobs: number | null };

/**
 * The companies with the most distinct jobs mentioning the framework in the months given.
 * One statement: the postings mentioning the framework are read once (a lookup per posting, the
 * slow part at scale) into `mentions`, and both the totals and the ranking count from it.
 */
export function getTopHiringCompanies(db: Db, filter: HiringFilter): HiringCompanies {
  // As on every chart, a job seen on several sources or reposted counts once. A blank company is
  // no company; any other spelling is kept and counted as the postings write it.
  const rows = db.all<Row>(sql`
    with mentions as materialized (
      select coalesce(p.group_id, p.id) as job, p.company as company
      from posting_frameworks f join postings p on p.id = f.posting_id
      where ${allOf([sql`f.framework = ${filter.framework}`, filter.from && sql`p.month >= ${filter.from}`, filter.to && sql`p.month <= ${filter.to}`])}
    ),
    top as (
      select company, count(distinct job) as jobs from mentions where trim(company) <> ''
      group by company order by jobs desc, company collate nocase, company limit ${filter.limit ?? TOP_HIRING_COMPANIES}
    )
    select totals.jobs as totalJobs, totals.companies as companies, top.company as company, top.jobs as jobs
    from (select count(distinct job) as jobs, count(distinct case when trim(company) <> '' then company end) as companies from mentions) totals
    left join top
    order by top.jobs desc, top.company collate nocase, top.company`);
  const top = rows.flatMap((row) => (row.company === null || row.jobs === null ? [] : [{ company: row.company, jobs: row.jobs }]));
  return { framework: filter.framework, jobs: rows[0]?.totalJobs ?? 0, companies: rows[0]?.companies ?? 0, top };
}
