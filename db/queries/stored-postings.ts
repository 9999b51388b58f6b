import "server-only";
import { eq, gt } from "drizzle-orm";
import type { Db } from "../client";
import { postings, rawDocuments } from "../schema";

export type StoredPosting = { id: number; source: string; board: string | null; postedAt: string; extractHash: string | null; body: string };

/** A page of postings with the raw item they were read from, in id order, after `afterId`. */
export function listPostingsWithRaw(db: Db, afterId: number, limit: number): StoredPosting[] {
  return db
    .select({ id: postings.id, source: postings.source, board: postings.board, postedAt: postings.postedAt, extractHash: postings.extractHash, body: rawDocuments.body })
    .from(postings)
    .innerJoin(rawDocuments, eq(rawDocuments.id, postings.rawDocumentId))
    .where(gt(postings.id, afterId))
    .orderBy(postings.id)
    .limit(limit)
    .all();
}
