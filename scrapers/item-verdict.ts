import { monthOf } from "@/lib/months";
import type { RawItem } from "./types";

/**
 * What one served record is: a posting, or not one for a named reason ("unlisted", "legal-notice").
 * A record that cannot be read is neither: its reader throws, and the batch counts it as invalid.
 */
export type ItemVerdict = { kind: "posting"; item: RawItem } | { kind: "skip"; reason: string };

export type PostingFields = { sourceId: string; url: string; record: unknown; postedAt: string | null };

/** A posting filed under the month it was posted; one the source leaves undated takes the run's clock. */
export function postingVerdict(fields: PostingFields, now: Date): ItemVerdict {
  const postedAt = fields.postedAt ?? now.toISOString();
  return { kind: "posting", item: { sourceId: fields.sourceId, url: fields.url, record: fields.record, month: monthOf(postedAt), postedAt } };
}

export function skipVerdict(reason: string): ItemVerdict {
  return { kind: "skip", reason };
}
