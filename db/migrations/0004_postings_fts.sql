-- Full-text search over postings (FTS5, external content: the text lives only in `postings`).
-- The triggers keep the index in step with every insert, update and delete of a posting.
CREATE VIRTUAL TABLE `postings_fts` USING fts5(
  title,
  company,
  description,
  content = 'postings',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `postings_fts_after_insert` AFTER INSERT ON `postings` BEGIN
  INSERT INTO postings_fts (rowid, title, company, description) VALUES (new.id, new.title, new.company, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `postings_fts_after_delete` AFTER DELETE ON `postings` BEGIN
  INSERT INTO postings_fts (postings_fts, rowid, title, company, description) VALUES ('delete', old.id, old.title, old.company, old.description);
END;
--> statement-breakpoint
CREATE TRIGGER `postings_fts_after_update` AFTER UPDATE OF title, company, description ON `postings` BEGIN
  INSERT INTO postings_fts (postings_fts, rowid, title, company, description) VALUES ('delete', old.id, old.title, old.company, old.description);
  INSERT INTO postings_fts (rowid, title, company, description) VALUES (new.id, new.title, new.company, new.description);
END;
--> statement-breakpoint
-- Index the postings stored before this migration.
INSERT INTO postings_fts (postings_fts) VALUES ('rebuild');
