import "server-only";
import { asc, desc, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { postingCompanyCounts } from "../schema";
import { countJobCells } from "./job-cells";

export type PostingCountRow = { source: string; company: string | null; open: number; closed: number };

/** Postings stored per source and company, open and closed (from the rollup of migration 0008). */
export function getPostingCountsByCompany(db: Db, sources: readonly string[]): PostingCountRow[] {
  return db
    .select({
      source: postingCompanyCounts.source,
      company: sql<string | null>`case when ${postingCompanyCounts.unnamed} then null else ${postingCompanyCounts.company} end`,
      open: sql<number>`${postingCompanyCounts.postings} - ${postingCompanyCounts.closed}`,
      closed: postingCompanyCounts.closed,
    })
    .from(postingCompanyCounts)
    .where(sql`${inArray(postingCompanyCounts.source, [...sources])} and ${postingCompanyCounts.postings} > 0`)
    // A null company sorts first, as ORDER BY company does over the postings.
    .orderBy(asc(postingCompanyCounts.source), desc(postingCompanyCounts.unnamed), asc(postingCompanyCounts.company))
    .all();
}

/** Distinct duplicate groups among the given sources' postings, for the cross-source line. */
export function countJobGroups(db: Db, sources: readonly string[]): { postings: number; groups: number } {
  const row = countJobCells(db, { sources, by: [] })[0];
  return row ? { postings: row.postings, groups: row.jobs } : { postings: 0, groups: 0 };
}
