import "server-only";
import { count, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { postings } from "../schema";

export type PostingCountRow = { source: string; company: string | null; open: number; closed: number };

/** Postings stored per source and company, open and closed. */
export function getPostingCountsByCompany(db: Db, sources: readonly string[]): PostingCountRow[] {
  return db
    .select({
      source: postings.source,
      company: postings.company,
      open: sql<number>`sum(${postings.closedAt} is null)`,
      closed: count(postings.closedAt),
    })
    .from(postings)
    .where(inArray(postings.source, [...sources]))
    .groupBy(postings.source, postings.company)
    .orderBy(postings.source, postings.company)
    .all();
}

/** Distinct duplicate groups among the given sources' postings, for the cross-source line. */
export function countJobGroups(db: Db, sources: readonly string[]): { postings: number; groups: number } {
  const row = db
    .select({ postings: count(), groups: sql<number>`count(distinct coalesce(${postings.groupId}, ${postings.id}))` })
    .from(postings)
    .where(inArray(postings.source, [...sources]))
    .get();
  return row ?? { postings: 0, groups: 0 };
}

