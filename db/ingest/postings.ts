import { and, eq, getTableName, isNull, notInArray, sql, type Table } from "drizzle-orm";
import type { Validators } from "@/lib/http/client";
import { sha256 } from "@/lib/hash";
import type { NormalisedPosting } from "@/lib/normalise/types";
import type { Db } from "../client";
import { otherPostingsGroup } from "./dedup";
import { derivedColumns } from "./derived-columns";
import { deferPostingsFts, indexDeferred } from "./fts-batch";
import { labelBitColumns } from "./label-bits";
import type { RowParts } from "./row-parts";
import { cachedStatement, insertRow, updateRowById } from "./statements";
import { httpValidators, postingCountries, postingFrameworks, postingRoles, postingUseCases, postings, rawDocuments } from "../schema";

export type IngestItem = {
  sourceId: string;
  url: string;
  record: unknown;
  month: string;
  postedAt: string;
  posting: NormalisedPosting;
  /** The row's parts worked out ahead from record and posting (row-parts.ts), e.g. on the normalise worker; else worked out here. */
  parts?: RowParts;
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

const EXISTING = "select id, source_id as sourceId, content_hash as contentHash from postings where source = ? and source_id in (select value from json_each(?))";
const RAW_DOCUMENT_ID = "select id from raw_documents where url = ? and content_hash = ?";
// The id SQLite's AUTOINCREMENT would give the next posting: a posting starting its own group is
// inserted with its group already set, not updated after (an update rewrites the whole row, its
// six group_id indexes and its posted_pay row).
const NEXT_POSTING_ID = "select max(coalesce((select seq from sqlite_sequence where name = 'postings'), 0), coalesce((select max(id) from postings), 0)) + 1";
const MARK_SEEN = "update postings set last_seen = ?, closed_at = null where id in (select value from json_each(?))";
const UPSERT_FRAMEWORK =
  "insert into posting_frameworks (posting_id, framework, context, snippet) values (?, ?, ?, ?) " +
  "on conflict do update set context = excluded.context, snippet = excluded.snippet where context is not excluded.context or snippet is not excluded.snippet";

/**
 * Writes one batch in one short synchronous transaction, diff before write: new items are inserted,
 * changed ones updated (their old raw document stays), unchanged ones only get `last_seen`.
 * Every per-item statement is prepared once per connection (statements.ts).
 */
export function ingestBatch(db: Db, batch: IngestBatch): IngestCounts {
  // A source that lists a job twice in one response must not fail the batch on the unique key.
  const unique = [...new Map(batch.items.map((item) => [item.sourceId, item])).values()];
  const prepared = unique.map((item) => {
    if (item.parts) return { item, body: item.parts.body, contentHash: item.parts.contentHash };
    const body = JSON.stringify(item.record);
    return { item, body, contentHash: sha256(body) };
  });
  const sqlite = db.$client;
  return db.transaction((tx) => {
    const counts: IngestCounts = { newCount: 0, updatedCount: 0, unchangedCount: 0, closedCount: 0 };
    const existing = new Map<string, { id: number; contentHash: string }>();
    const rows = cachedStatement(sqlite, EXISTING).all(batch.source, JSON.stringify(prepared.map((p) => p.item.sourceId))) as Array<{ id: number; sourceId: string; contentHash: string }>;
    for (const row of rows) existing.set(row.sourceId, row);
    const unchangedIds: number[] = [];
    const insertedIds: number[] = [];
    // Only new postings are indexed at the end: a changed one is reindexed by its update trigger
    // (migration 0011), which asks FTS5 for its term bits right after, so it must stay in step.
    const deferred = prepared.some(({ item }) => !existing.has(item.sourceId)) && deferPostingsFts(sqlite);
    for (const { item, body, contentHash } of prepared) {
      const known = existing.get(item.sourceId);
      if (known && known.contentHash === contentHash) {
        unchangedIds.push(known.id);
        continue;
      }
      const rawDocumentId = storeRawDocument(sqlite, { source: batch.source, sourceId: item.sourceId, url: item.url, fetchedAt: batch.fetchedAt, contentHash, contentType: "application/json", body, runId: batch.runId });
      const columns = { ...postingColumns(item, contentHash, rawDocumentId, batch.fetchedAt), ...labelBitColumns(sqlite, item.posting, item.parts?.bits), board: batch.board ?? null };
      // The group only depends on the other postings, so it is found before this one is written.
      const group = otherPostingsGroup(db, known?.id ?? 0, item.postedAt, columns);
      if (known) {
        updateRowById(sqlite, postings, known.id, { ...columns, groupId: group ?? known.id });
        replaceLabels(db, known.id, item.posting);
        counts.updatedCount++;
      } else {
        const postingId = cachedStatement(sqlite, NEXT_POSTING_ID).pluck().get() as number;
        insertRow(sqlite, postings, { id: postingId, ...columns, source: batch.source, sourceId: item.sourceId, firstSeen: batch.fetchedAt, groupId: group ?? postingId });
        insertLabels(db, postingId, item.posting);
        insertedIds.push(postingId);
        counts.newCount++;
      }
    }
    if (deferred) indexDeferred(sqlite, insertedIds);
    if (unchangedIds.length) cachedStatement(sqlite, MARK_SEEN).run(batch.fetchedAt, JSON.stringify(unchangedIds));
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

/** The id of the raw document, stored unless this exact version of the URL already is. */
function storeRawDocument(sqlite: Db["$client"], document: typeof rawDocuments.$inferInsert): number {
  const inserted = insertRow(sqlite, rawDocuments, document, " on conflict do nothing");
  if (inserted.changes > 0) return Number(inserted.lastInsertRowid);
  const id = cachedStatement(sqlite, RAW_DOCUMENT_ID).pluck().get(document.url, document.contentHash) as number | undefined;
  if (id === undefined) throw new Error(`raw document for ${document.url} vanished inside its transaction`);
  return id;
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

/**
 * Labels are derived data: replaced whenever the item or the extractors change. Only the labels that
 * change are written (new ones first, then the ones gone): the label triggers of the rollups then see
 * each posting's final bits (written with the posting) instead of clearing and setting them again.
 */
export function replaceLabels(db: Db, postingId: number, posting: NormalisedPosting): void {
  const sqlite = db.$client;
  for (const mention of posting.frameworks) cachedStatement(sqlite, UPSERT_FRAMEWORK).run(postingId, mention.framework, mention.context, mention.snippet);
  for (const role of posting.roles) insertRow(sqlite, postingRoles, { postingId, role }, " on conflict do nothing");
  for (const useCase of posting.useCases) insertRow(sqlite, postingUseCases, { postingId, useCase }, " on conflict do nothing");
  for (const country of posting.countries) insertRow(sqlite, postingCountries, { postingId, country }, " on conflict do nothing");
  const kept: Array<[Table, string, string[]]> = [
    [postingFrameworks, "framework", posting.frameworks.map((mention) => mention.framework)],
    [postingRoles, "role", posting.roles],
    [postingUseCases, "use_case", posting.useCases],
    [postingCountries, "country", posting.countries],
  ];
  for (const [table, column, labels] of kept) {
    cachedStatement(sqlite, `delete from "${getTableName(table)}" where posting_id = ? and ${column} not in (select value from json_each(?))`).run(postingId, JSON.stringify(labels));
  }
}

/** The labels of a posting that has none yet. */
function insertLabels(db: Db, postingId: number, posting: NormalisedPosting): void {
  const sqlite = db.$client;
  for (const mention of posting.frameworks) insertRow(sqlite, postingFrameworks, { postingId, ...mention });
  for (const role of posting.roles) insertRow(sqlite, postingRoles, { postingId, role });
  for (const useCase of posting.useCases) insertRow(sqlite, postingUseCases, { postingId, useCase });
  for (const country of posting.countries) insertRow(sqlite, postingCountries, { postingId, country });
}

function postingColumns(item: IngestItem, contentHash: string, rawDocumentId: number, seenAt: string) {
  return {
    ...derivedColumns(item.posting, item.parts?.computed),
    url: item.url,
    postedAt: item.postedAt,
    month: item.month,
    lastSeen: seenAt,
    closedAt: null,
    contentHash,
    rawDocumentId,
  };
}

