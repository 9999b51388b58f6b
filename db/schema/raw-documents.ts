import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { scrapeRuns } from "./runs";

// Every item as its source served it, one row per distinct version, so extractors can re-derive.
export const rawDocuments = sqliteTable(
  "raw_documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    source: text("source").notNull(),
    sourceId: text("source_id"),
    url: text("url").notNull(),
    fetchedAt: text("fetched_at").notNull(),
    contentHash: text("content_hash").notNull(),
    contentType: text("content_type").notNull(),
    body: text("body").notNull(),
    runId: integer("run_id").references(() => scrapeRuns.id),
  },
  (t) => [
    uniqueIndex("raw_documents_url_hash_uq").on(t.url, t.contentHash),
    index("raw_documents_source_item_idx").on(t.source, t.sourceId),
  ],
);

// Validators of the last good response per URL, written in the same transaction as its data.
export const httpValidators = sqliteTable("http_validators", {
  url: text("url").primaryKey(),
  etag: text("etag"),
  lastModified: text("last_modified"),
  checkedAt: text("checked_at").notNull(),
});

export type RawDocument = typeof rawDocuments.$inferSelect;
