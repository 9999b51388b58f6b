import { and, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { Validators } from "@/lib/http/client";
import { sha256 } from "@/lib/hash";
import type { NormalisedPosting } from "@/lib/normalise/types";
import type { Db } from "../client";
import { findGroup } from "./dedup";
import { derivedColumns } from "./derived-columns";
import { httpValidators, postingCountries, postingFrameworks, postingRoles, postingUseCases, postings, rawDocuments } from "../schema";

export type IngestItem = {
  sourceId: string;
  url: string;
  record: unknown;
  month: string;
  postedAt: string;
  posting: NormalisedPosting;
};

export type IngestBatch = {
  source: string;
  runId: number | null;
  fetchedAt: string;
  items: IngestItem[];
  validators: Array<{ url: string; validators: Validators }>;
  board?: string | null;
  /** The items are the board's whole listing: the board's other open postings are closed. */
  complete?: boolean;
};

export type IngestCounts = { newCount: number; updatedCount: number; unchangedCount: number; closedCount: number };

/**
 * Writes one batch in one short synchronous transaction, diff before write: new items are inserted,
 * changed ones updated (their old raw document stays), unchanged ones only get `last_seen`.
 */
export function ingestBatch(db: Db, batch: IngestBatch): IngestCounts {
  // A source that lists a job twice in one response must not fail the batch on the unique key.
  const unique = [...new Map(batch.items.map((item) => [item.sourceId, item])).values()];
  const prepared = unique.map((item) => {
    const body = JSON.stringify(item.record);
    return { item, body, contentHash: sha256(body) };
  });
  return db.transaction((tx) => {
    const counts: IngestCounts = { newCount: 0, updatedCount: 0, unchangedCount: 0, closedCount: 0 };
    const existing = new Map<string, { id: number; contentHash: string }>();
    for (const ids of chunks(prepared.map((p) => p.item.sourceId), 500)) {
      const rows = tx
        .select({ id: postings.id, sourceId: postings.sourceId, contentHash: postings.contentHash })
        .from(postings)
        .where(and(eq(postings.source, batch.source), inArray(postings.sourceId, ids)))
        .all();
      for (const row of rows) existing.set(row.sourceId, row);
    }
    const unchangedIds: number[] = [];
    for (const { item, body, contentHash } of prepared) {
      const known = existing.get(item.sourceId);
      if (known && known.contentHash === contentHash) {
        unchangedIds.push(known.id);
        continue;
      }
      tx.insert(rawDocuments)
        .values({ source: batch.source, sourceId: item.sourceId, url: item.url, fetchedAt: batch.fetchedAt, contentHash, contentType: "application/json", body, runId: batch.runId })
        .onConflictDoNothing()
        .run();
      const raw = tx.select({ id: rawDocuments.id }).from(rawDocuments).where(and(eq(rawDocuments.url, item.url), eq(rawDocuments.contentHash, contentHash))).get();
      if (!raw) throw new Error(`raw document for ${item.url} vanished inside its transaction`);
      const columns = { ...postingColumns(item, contentHash, raw.id, batch.fetchedAt), board: batch.board ?? null };
      let postingId: number;
      if (known) {
        tx.update(postings).set(columns).where(eq(postings.id, known.id)).run();
        postingId = known.id;
        counts.updatedCount++;
      } else {
        postingId = tx.insert(postings).values({ ...columns, source: batch.source, sourceId: item.sourceId, firstSeen: batch.fetchedAt }).returning({ id: postings.id }).get().id;
        counts.newCount++;
      }
      tx.update(postings).set({ groupId: findGroup(tx, postingId, item.postedAt, columns) }).where(eq(postings.id, postingId)).run();
      replaceLabels(tx, postingId, item.posting);
    }
    for (const ids of chunks(unchangedIds, 500)) {
      tx.update(postings).set({ lastSeen: batch.fetchedAt, closedAt: null }).where(inArray(postings.id, ids)).run();
    }
    counts.unchangedCount = unchangedIds.length;
    if (batch.complete) counts.closedCount = closeMissing(tx, batch.source, batch.board ?? null, unique, batch.fetchedAt);
    for (const { url, validators } of batch.validators) {
      if (!validators.etag && !validators.lastModified) continue;
      tx.insert(httpValidators)
        .values({ url, ...validators, checkedAt: batch.fetchedAt })
        .onConflictDoUpdate({ target: httpValidators.url, set: { ...validators, checkedAt: sql`excluded.checked_at` } })
        .run();
    }
    return counts;
  });
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** A posting its board no longer lists is closed with the date, never deleted. */
function closeMissing(tx: Tx, source: string, board: string | null, listedItems: IngestItem[], at: string): number {
  const listed = listedItems.map((item) => item.sourceId);
  const result = tx
    .update(postings)
    .set({ closedAt: at })
    .where(
      and(
        eq(postings.source, source),
        board ? eq(postings.board, board) : isNull(postings.board),
        isNull(postings.closedAt),
        listed.length ? notInArray(postings.sourceId, listed) : undefined,
      ),
    )
    .run();
  return result.changes;
}

/** Labels are derived data: replaced wholesale whenever the item or the extractors change. */
export function replaceLabels(tx: Tx, postingId: number, posting: NormalisedPosting): void {
  tx.delete(postingFrameworks).where(eq(postingFrameworks.postingId, postingId)).run();
  tx.delete(postingRoles).where(eq(postingRoles.postingId, postingId)).run();
  tx.delete(postingUseCases).where(eq(postingUseCases.postingId, postingId)).run();
  tx.delete(postingCountries).where(eq(postingCountries.postingId, postingId)).run();
  if (posting.frameworks.length) tx.insert(postingFrameworks).values(posting.frameworks.map((m) => ({ postingId, ...m }))).run();
  if (posting.roles.length) tx.insert(postingRoles).values(posting.roles.map((role) => ({ postingId, role }))).run();
  if (posting.useCases.length) tx.insert(postingUseCases).values(posting.useCases.map((useCase) => ({ postingId, useCase }))).run();
  if (posting.countries.length) tx.insert(postingCountries).values(posting.countries.map((country) => ({ postingId, country }))).run();
}

function postingColumns(item: IngestItem, contentHash: string, rawDocumentId: number, seenAt: string) {
  return {
    ...derivedColumns(item.posting),
    url: item.url,
    postedAt: item.postedAt,
    month: item.month,
    lastSeen: seenAt,
    closedAt: null,
    contentHash,
    rawDocumentId,
  };
}

function* chunks<T>(values: T[], size: number): Generator<T[]> {
  for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size);
}
