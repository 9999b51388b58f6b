import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { postingCountries, postingFrameworks, postingRoles, postingUseCases } from "../schema";
import { companyPostings, type CompanyMatch } from "./company-jobs";

// Which of the explorer's indexed filters a query starts from. Without it SQLite reads every label
// list as `id IN` (the count) or walks the page's sort order probing each row (a page): both read
// far more postings than match when one filter is narrow and another broad (a role in the US; a
// framework at companies with "data" in their name, which no posting matches).

/** Past this many postings a filter is no narrower than walking the sort order for a page of 25. */
export const DRIVE_LIMIT = 20_000;
/**
 * A count may start from a company search's postings up to this many: their ids and groups come from
 * postings_company_idx alone, label filters are probed per posting (company "ai" in the US at 1M: 47 ms
 * against 890 ms from the country's list). Past it, reading each posting's row (for a filter on its columns)
 * one by one costs more than one pass over postings.
 */
export const COUNT_COMPANY_LIMIT = 250_000;

export type DrivingFilter = "framework" | "useCase" | "role" | "country" | "company";
type Indexed = { framework?: string; useCase?: string; role?: string; country?: string } & CompanyMatch;

const LABELS = [
  ["framework", postingFrameworks, postingFrameworks.framework],
  ["useCase", postingUseCases, postingUseCases.useCase],
  ["role", postingRoles, postingRoles.role],
  ["country", postingCountries, postingCountries.country],
] as const;

/**
 * The indexed filter with the fewest postings (labels counted on their index up to the limit, a
 * company search from company_jobs): for a count the narrowest label even past the limit (its
 * list of ids beats a pass over every posting) and a company search up to COUNT_COMPANY_LIMIT, for a
 * page only a filter under DRIVE_LIMIT (past it, walking the sort order finds a page of matches sooner).
 */
export function drivingFilter(db: Db, filter: Indexed, forCount: boolean): DrivingFilter | undefined {
  // An exact name is found through postings_company_idx by the planner itself.
  const company = filter.company && filter.companyMatch === "contains" ? companyPostings(db, filter) : undefined;
  const companyLimit = forCount ? COUNT_COMPANY_LIMIT : DRIVE_LIMIT;
  const drivable = company !== undefined && company <= companyLimit;
  // Labels are counted far enough to tell whether a drivable company search is narrower.
  const counted = drivable ? Math.max(DRIVE_LIMIT, company) : DRIVE_LIMIT;
  const sizes: Array<[DrivingFilter, number]> = [];
  for (const [name, table, column] of LABELS) {
    const value = filter[name];
    if (!value) continue;
    const row = db.get<{ n: number }>(sql`select count(*) as n from (select 1 from ${table} where ${column} = ${value} limit ${counted + 1})`);
    sizes.push([name, row?.n ?? 0]);
  }
  if (drivable) sizes.push(["company", company]);
  const narrowest = sizes.reduce<[DrivingFilter, number] | undefined>((best, size) => (best && best[1] <= size[1] ? best : size), undefined);
  if (!narrowest) return undefined;
  return forCount || narrowest[1] <= DRIVE_LIMIT ? narrowest[0] : undefined;
}
