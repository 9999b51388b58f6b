import { and, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { DedupKeys } from "@/lib/dedup/keys";
import type { Db } from "../client";
import { postings } from "../schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// A listing (company + title + location) seen again within this window is the same job, reposted.
export const REPOST_WINDOW_DAYS = 45;

/**
 * The group of the posting: the group of another posting with the same canonical apply URL,
 * else the same listing posted within the window, else the same description; else its own id.
 */
export function findGroup(tx: Tx, postingId: number, postedAt: string, keys: DedupKeys): number {
  const groupOf = (condition: ReturnType<typeof and>) =>
    tx
      .select({ group: sql<number>`coalesce(${postings.groupId}, ${postings.id})` })
      .from(postings)
      .where(and(ne(postings.id, postingId), condition))
      .orderBy(postings.id)
      .limit(1)
      .get()?.group;

  if (keys.dedupUrlKey) {
    const group = groupOf(eq(postings.dedupUrlKey, keys.dedupUrlKey));
    if (group !== undefined) return group;
  }
  if (keys.dedupListingKey) {
    const windowMs = REPOST_WINDOW_DAYS * 24 * 60 * 60 * 1000;
    const at = Date.parse(postedAt);
    const group = groupOf(
      and(
        eq(postings.dedupListingKey, keys.dedupListingKey),
        gte(postings.postedAt, new Date(at - windowMs).toISOString()),
        lte(postings.postedAt, new Date(at + windowMs).toISOString()),
      ),
    );
    if (group !== undefined) return group;
  }
  if (keys.descriptionFingerprint) {
    const group = groupOf(eq(postings.descriptionFingerprint, keys.descriptionFingerprint));
    if (group !== undefined) return group;
  }
  return postingId;
}
