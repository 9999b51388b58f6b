import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { countryJobs, postingCountryCounts } from "../schema";

/** Postings labelled with a country and their distinct jobs, from posting_country_counts and migration 0013's country_jobs. */
export function countCountryJobs(db: Db, country: string): { postings: number; jobs: number } {
  const row = db.get<{ postings: number | null; jobs: number | null }>(sql`
    select (select ${postingCountryCounts.postings} from ${postingCountryCounts} where ${postingCountryCounts.country} = ${country}) as postings,
      (select ${countryJobs.jobs} from ${countryJobs} where ${countryJobs.country} = ${country}) as jobs`);
  return { postings: row?.postings ?? 0, jobs: row?.jobs ?? 0 };
}
