import type { DedupKeys } from "@/lib/dedup/keys";
import type { Db } from "../client";
import { cachedStatement } from "./statements";

// A listing (company + title + location) seen again within this window is the same job, reposted.
export const REPOST_WINDOW_DAYS = 45;

const GROUP_OF = "select coalesce(group_id, id) from postings where id <> ? and";
const SAME_URL = `${GROUP_OF} dedup_url_key = ? order by id limit 1`;
const SAME_LISTING = `${GROUP_OF} dedup_listing_key = ? and posted_at >= ? and posted_at <= ? order by id limit 1`;
const SAME_DESCRIPTION = `${GROUP_OF} description_fingerprint = ? order by id limit 1`;

/**
 * The group a posting joins: the group of another posting (not `exceptId`; 0 for one not stored
 * yet) with the same canonical apply URL, else the same listing posted within the window, else the
 * same description. Null when there is none: the posting is then a group of its own (its own id).
 */
export function otherPostingsGroup(db: Db, exceptId: number, postedAt: string, keys: DedupKeys): number | null {
  const groupOf = (sql: string, ...values: string[]) => cachedStatement(db.$client, sql).pluck().get(exceptId, ...values) as number | undefined;

  if (keys.dedupUrlKey) {
    const group = groupOf(SAME_URL, keys.dedupUrlKey);
    if (group !== undefined) return group;
  }
  if (keys.dedupListingKey) {
    const windowMs = REPOST_WINDOW_DAYS * 24 * 60 * 60 * 1000;
    const at = Date.parse(postedAt);
    const group = groupOf(SAME_LISTING, keys.dedupListingKey, new Date(at - windowMs).toISOString(), new Date(at + windowMs).toISOString());
    if (group !== undefined) return group;
  }
  if (keys.descriptionFingerprint) {
    const group = groupOf(SAME_DESCRIPTION, keys.descriptionFingerprint);
    if (group !== undefined) return group;
  }
  return null;
}
