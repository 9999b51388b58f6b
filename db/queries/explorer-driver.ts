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
 * list of ids beats a pass over every posting), for a page only a filter under the limit (past it,
 * walking the sort order finds a page of matches sooner).
 */
export function drivingFilter(db: Db, filter: Indexed, forCount: boolean): DrivingFilter | undefined {
  const sizes: Array<[DrivingFilter, number]> = [];
  for (const [name, table, column] of LABELS) {
    const value = filter[name];
    if (!value) continue;
    const row = db.get<{ n: number }>(sql`select count(*) as n from (select 1 from ${table} where ${column} = ${value} limit ${DRIVE_LIMIT + 1})`);
    sizes.push([name, row?.n ?? 0]);
  }
  // An exact name is found through postings_company_idx by the planner itself. Many names' postings
  // are read faster in one pass over postings than row by row through that index: never past the limit.
  if (filter.company && filter.companyMatch === "contains") {
    const postings = companyPostings(db, filter);
    if (postings <= DRIVE_LIMIT) sizes.push(["company", postings]);
  }
  const narrowest = sizes.reduce<[DrivingFilter, number] | undefined>((best, size) => (best && best[1] <= size[1] ? best : size), undefined);
  if (!narrowest) return undefined;
  return forCount || narrowest[1] <= DRIVE_LIMIT ? narrowest[0] : undefined;
}
