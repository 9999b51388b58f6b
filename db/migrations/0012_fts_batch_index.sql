CREATE TABLE `postings_fts_deferred` (
	`deferred` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- hand-written below: triggers and backfill
-- 0004's insert trigger indexes each posting in its own statement, and FTS5 writes a segment at each
-- statement's end. It now skips while postings_fts_deferred has a row: the ingest sets that row inside
-- its transaction, indexes the batch's new postings in one statement and clears it before commit
-- (db/ingest/fts-batch.ts). Every other writer still finds the table empty and is indexed here.
DROP TRIGGER `postings_fts_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `postings_fts_after_insert` AFTER INSERT ON `postings` WHEN NOT EXISTS (SELECT 1 FROM postings_fts_deferred) BEGIN
  INSERT INTO postings_fts (rowid, title, company, description) VALUES (new.id, new.title, new.company, new.description);
END;
