-- A label row is replaced (deleted, then inserted), never rekeyed: every rollup of migrations
-- 0008-0013 follows label inserts and deletes only, so an UPDATE of a posting_id or a label value
-- would leave them counting the old key. Refused with a message instead of drifting silently; the
-- ingest's update of a framework's context and snippet is not a key and goes on.
CREATE TRIGGER `posting_frameworks_keys_not_updated` BEFORE UPDATE OF `posting_id`, `framework` ON `posting_frameworks` BEGIN
  SELECT RAISE(ABORT, 'posting_frameworks: a label is deleted and inserted, never updated (the rollups follow inserts and deletes)');
END;
--> statement-breakpoint
CREATE TRIGGER `posting_roles_keys_not_updated` BEFORE UPDATE OF `posting_id`, `role` ON `posting_roles` BEGIN
  SELECT RAISE(ABORT, 'posting_roles: a label is deleted and inserted, never updated (the rollups follow inserts and deletes)');
END;
--> statement-breakpoint
CREATE TRIGGER `posting_use_cases_keys_not_updated` BEFORE UPDATE OF `posting_id`, `use_case` ON `posting_use_cases` BEGIN
  SELECT RAISE(ABORT, 'posting_use_cases: a label is deleted and inserted, never updated (the rollups follow inserts and deletes)');
END;
--> statement-breakpoint
CREATE TRIGGER `posting_countries_keys_not_updated` BEFORE UPDATE OF `posting_id`, `country` ON `posting_countries` BEGIN
  SELECT RAISE(ABORT, 'posting_countries: a label is deleted and inserted, never updated (the rollups follow inserts and deletes)');
END;
