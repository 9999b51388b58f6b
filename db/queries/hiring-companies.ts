import "server-only";
import { and, asc, countDistinct, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { Framework } from "@/lib/taxonomy";
import type { Db } from "../client";
import { postingFrameworks, postings } from "../schema";

export const TOP_HIRING_COMPANIES = 10;

export type HiringFilter = { framework: Framework; from?: string; to?: string; limit?: number };
/** A company as the postings name it (verbatim), and its distinct jobs mentioning the framework. */
export type HiringCompany = { company: string; jobs: number };
/** The top companies, and the whole table's n: distinct jobs mentioning the framework, companies naming them. */
export type HiringCompanies = { framework: Framework; jobs: number; companies: number; top: HiringCompany[] };

// As on every chart, a job seen on several sources or reposted counts once.
const jobGroup = sql<number>`coalesce(${postings.groupId}, ${postings.id})`;
// A blank company is no company; any other spelling is kept and counted as the postings write it.
const hasCompany = sql`trim(${postings.company}) <> ''`;

function mentions(filter: HiringFilter): SQL | undefined {
  return and(
    eq(postingFrameworks.framework, filter.framework),
    filter.from ? gte(postings.month, filter.from) : undefined,
    filter.to ? lte(postings.month, filter.to) : undefined,
  );
}

/** The companies with the most distinct jobs mentioning the framework in the months given. */
export function getTopHiringCompanies(db: Db, filter: HiringFilter): HiringCompanies {
  const totals = db
    .select({ jobs: countDistinct(jobGroup), companies: countDistinct(sql`case when ${hasCompany} then ${postings.company} end`) })
    .from(postingFrameworks)
    .innerJoin(postings, eq(postings.id, postingFrameworks.postingId))
    .where(mentions(filter))
    .get();
  const jobs = countDistinct(jobGroup);
  const top = db
    .select({ company: sql<string>`${postings.company}`, jobs })
    .from(postingFrameworks)
    .innerJoin(postings, eq(postings.id, postingFrameworks.postingId))
    .where(and(mentions(filter), hasCompany))
    .groupBy(postings.company)
    .orderBy(desc(jobs), sql`${postings.company} collate nocase`, asc(postings.company))
    .limit(filter.limit ?? TOP_HIRING_COMPANIES)
    .all();
  return { framework: filter.framework, jobs: totals?.jobs ?? 0, companies: totals?.companies ?? 0, top };
}
