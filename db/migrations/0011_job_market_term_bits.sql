-- Drop what 0010 keyed on its seven columns, recreate it keyed on eight (term_bits, after the label
-- bits) and rebuild it from postings once their term_bits are set.
DROP TRIGGER `job_market_after_insert`;
--> statement-breakpoint
DROP TRIGGER `job_market_after_insert_shared`;
--> statement-breakpoint
DROP TRIGGER `job_market_after_delete`;
--> statement-breakpoint
DROP TRIGGER `job_market_after_delete_shared`;
--> statement-breakpoint
DROP TRIGGER `job_market_after_update`;
--> statement-breakpoint
DROP TRIGGER `postings_fts_after_update`;
--> statement-breakpoint
DROP TABLE `job_market_cells`;
--> statement-breakpoint
DROP TABLE `job_market_shared`;
--> statement-breakpoint
DROP TABLE `job_market_deltas`;
--> statement-breakpoint
CREATE TABLE `job_market_cells` (
	`month` text NOT NULL,
	`source` text NOT NULL,
	`seniority` text NOT NULL,
	`framework_bits` integer NOT NULL,
	`role_bits` integer NOT NULL,
	`region_bits` integer NOT NULL,
	`use_case_bits` integer NOT NULL,
	`term_bits` integer NOT NULL,
	`postings` integer NOT NULL,
	`whole_jobs` integer NOT NULL,
	PRIMARY KEY(`month`, `source`, `seniority`, `framework_bits`, `role_bits`, `region_bits`, `use_case_bits`, `term_bits`)
);
--> statement-breakpoint
CREATE TABLE `job_market_deltas` (
	`month` text NOT NULL,
	`source` text NOT NULL,
	`seniority` text NOT NULL,
	`framework_bits` integer NOT NULL,
	`role_bits` integer NOT NULL,
	`region_bits` integer NOT NULL,
	`use_case_bits` integer NOT NULL,
	`term_bits` integer NOT NULL,
	`group_id` integer NOT NULL,
	`postings` integer NOT NULL,
	`whole_jobs` integer NOT NULL,
	`members` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `job_market_shared` (
	`month` text NOT NULL,
	`source` text NOT NULL,
	`seniority` text NOT NULL,
	`framework_bits` integer NOT NULL,
	`role_bits` integer NOT NULL,
	`region_bits` integer NOT NULL,
	`use_case_bits` integer NOT NULL,
	`term_bits` integer NOT NULL,
	`group_id` integer NOT NULL,
	`members` integer NOT NULL,
	PRIMARY KEY(`month`, `source`, `seniority`, `framework_bits`, `role_bits`, `region_bits`, `use_case_bits`, `term_bits`, `group_id`)
);
--> statement-breakpoint
ALTER TABLE `postings` ADD `term_bits` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- hand-written below: triggers and backfill
-- The term groups of the postings stored before this migration, as FTS5 answers the queries
-- db/queries/framework-evidence.ts builds for each group's terms (toFtsQuery, each term bracketed, ORed).
UPDATE postings SET term_bits = (id IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH '("mlops") OR ("model" "serving") OR ("inference")')) * 1 | (id IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH '("enterprise")')) * 2 | (id IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH '("on-device") OR ("edge" "devices") OR ("embedded") OR ("mobile")')) * 4 | (id IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH '("tflite") OR ("tensorflow" "lite") OR ("litert")')) * 8 | (id IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH '("executorch") OR ("pytorch" "mobile")')) * 16
WHERE id IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH '("mlops") OR ("model" "serving") OR ("inference") OR ("enterprise") OR ("on-device") OR ("edge" "devices") OR ("embedded") OR ("mobile") OR ("tflite") OR ("tensorflow" "lite") OR ("litert") OR ("executorch") OR ("pytorch" "mobile")');
--> statement-breakpoint
-- A job whose postings all have one key is a whole job of that cell; the others get a row per key in job_market_shared.
INSERT INTO job_market_cells (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, postings, whole_jobs)
SELECT p.month, p.source, p.seniority, p.framework_bits, p.role_bits, p.region_bits, p.use_case_bits, p.term_bits, sum(p.postings), sum(j.keys = 1)
FROM (SELECT coalesce(group_id, id) AS job, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, count(*) AS postings FROM postings GROUP BY 1, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits) p JOIN (SELECT job, count(*) AS keys FROM (SELECT coalesce(group_id, id) AS job, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, count(*) AS postings FROM postings GROUP BY 1, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits) GROUP BY job) j ON j.job = p.job
GROUP BY p.month, p.source, p.seniority, p.framework_bits, p.role_bits, p.region_bits, p.use_case_bits, p.term_bits;
--> statement-breakpoint
INSERT INTO job_market_shared (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, members)
SELECT p.month, p.source, p.seniority, p.framework_bits, p.role_bits, p.region_bits, p.use_case_bits, p.term_bits, p.job, p.postings
FROM (SELECT coalesce(group_id, id) AS job, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, count(*) AS postings FROM postings GROUP BY 1, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits) p JOIN (SELECT job, count(*) AS keys FROM (SELECT coalesce(group_id, id) AS job, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, count(*) AS postings FROM postings GROUP BY 1, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits) GROUP BY job) j ON j.job = p.job
WHERE j.keys > 1;
--> statement-breakpoint
-- A delta adds rows of a job to (or takes them from) the cells, and to (from) its group's rows when its postings have several keys.
CREATE TRIGGER `job_market_deltas_apply` AFTER INSERT ON `job_market_deltas` BEGIN
  INSERT INTO job_market_cells (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, postings, whole_jobs)
  SELECT new.month, new.source, new.seniority, new.framework_bits, new.role_bits, new.region_bits, new.use_case_bits, new.term_bits, new.postings, new.whole_jobs WHERE new.postings <> 0 OR new.whole_jobs <> 0
  ON CONFLICT DO UPDATE SET postings = postings + excluded.postings, whole_jobs = whole_jobs + excluded.whole_jobs;
  DELETE FROM job_market_cells WHERE new.postings < 0 AND month = new.month AND source = new.source AND seniority = new.seniority AND framework_bits = new.framework_bits AND role_bits = new.role_bits AND region_bits = new.region_bits AND use_case_bits = new.use_case_bits AND term_bits = new.term_bits AND postings = 0;
  INSERT INTO job_market_shared (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, members)
  SELECT new.month, new.source, new.seniority, new.framework_bits, new.role_bits, new.region_bits, new.use_case_bits, new.term_bits, new.group_id, new.members WHERE new.members <> 0
  ON CONFLICT DO UPDATE SET members = members + excluded.members;
  DELETE FROM job_market_shared WHERE new.members < 0 AND month = new.month AND source = new.source AND seniority = new.seniority AND framework_bits = new.framework_bits AND role_bits = new.role_bits AND region_bits = new.region_bits AND use_case_bits = new.use_case_bits AND term_bits = new.term_bits AND group_id = new.group_id AND members = 0;
  DELETE FROM job_market_deltas WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `job_market_after_insert` AFTER INSERT ON `postings` WHEN ((SELECT count(*) FROM postings WHERE group_id = coalesce(new.group_id, new.id)) + (SELECT count(*) FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL)) = 1 BEGIN
  INSERT INTO job_market_cells (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, postings, whole_jobs) VALUES (new.month, new.source, new.seniority, new.framework_bits, new.role_bits, new.region_bits, new.use_case_bits, new.term_bits, 1, 1)
  ON CONFLICT DO UPDATE SET postings = postings + 1, whole_jobs = whole_jobs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `job_market_after_insert_shared` AFTER INSERT ON `postings` WHEN ((SELECT count(*) FROM postings WHERE group_id = coalesce(new.group_id, new.id)) + (SELECT count(*) FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL)) > 1 BEGIN
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits, coalesce(new.group_id, new.id), -1 * count(*), -1 * (k.n = 1), -1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL AND id <> new.id) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL AND id <> new.id))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits, coalesce(new.group_id, new.id), 1 * count(*), 1 * (k.n = 1), 1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits;
END;
--> statement-breakpoint
CREATE TRIGGER `job_market_after_delete` AFTER DELETE ON `postings` WHEN ((SELECT count(*) FROM postings WHERE group_id = coalesce(old.group_id, old.id)) + (SELECT count(*) FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL)) = 0 BEGIN
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, postings, whole_jobs, members) VALUES (old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits, old.term_bits, coalesce(old.group_id, old.id), -1, -1, 0);
END;
--> statement-breakpoint
CREATE TRIGGER `job_market_after_delete_shared` AFTER DELETE ON `postings` WHEN ((SELECT count(*) FROM postings WHERE group_id = coalesce(old.group_id, old.id)) + (SELECT count(*) FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL)) > 0 BEGIN
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits, coalesce(old.group_id, old.id), -1 * count(*), -1 * (k.n = 1), -1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL UNION ALL SELECT old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits, old.term_bits) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL UNION ALL SELECT old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits, old.term_bits))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits, coalesce(old.group_id, old.id), 1 * count(*), 1 * (k.n = 1), 1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits;
END;
--> statement-breakpoint
-- A posting whose key, group or text changes. New text is indexed here (0004's update trigger is
-- replaced) so that its term groups can be asked of FTS5 next, when the statement that changed it did
-- not also write its term_bits (the ingest does: label-bits.ts); that update does not fire this trigger
-- again (recursive triggers are off), and the job is then moved, when a key or its group changed,
-- from its rows as they were (old) to the postings as they are, term_bits included. One trigger, so
-- nothing depends on the order SQLite fires triggers in.
-- A posting whose key or group changes: the job it was in, and the one it joins when that is another.
CREATE TRIGGER `job_market_after_update` AFTER UPDATE OF month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, title, company, description ON `postings`
WHEN old.month IS NOT new.month OR old.source IS NOT new.source OR old.seniority IS NOT new.seniority OR old.framework_bits IS NOT new.framework_bits OR old.role_bits IS NOT new.role_bits OR old.region_bits IS NOT new.region_bits OR old.use_case_bits IS NOT new.use_case_bits OR old.term_bits IS NOT new.term_bits OR coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id)
  OR old.title IS NOT new.title OR old.company IS NOT new.company OR old.description IS NOT new.description BEGIN
  INSERT INTO postings_fts (postings_fts, rowid, title, company, description) SELECT 'delete', old.id, old.title, old.company, old.description
  WHERE old.title IS NOT new.title OR old.company IS NOT new.company OR old.description IS NOT new.description;
  INSERT INTO postings_fts (rowid, title, company, description) SELECT new.id, new.title, new.company, new.description
  WHERE old.title IS NOT new.title OR old.company IS NOT new.company OR old.description IS NOT new.description;
  UPDATE postings SET term_bits = (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("mlops") OR ("model" "serving") OR ("inference")' AND rowid = new.id) THEN 1 ELSE 0 END) | (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("enterprise")' AND rowid = new.id) THEN 2 ELSE 0 END) | (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("on-device") OR ("edge" "devices") OR ("embedded") OR ("mobile")' AND rowid = new.id) THEN 4 ELSE 0 END) | (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("tflite") OR ("tensorflow" "lite") OR ("litert")' AND rowid = new.id) THEN 8 ELSE 0 END) | (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("executorch") OR ("pytorch" "mobile")' AND rowid = new.id) THEN 16 ELSE 0 END)
  WHERE id = new.id AND (old.title IS NOT new.title OR old.company IS NOT new.company OR old.description IS NOT new.description) AND old.term_bits = new.term_bits
    AND term_bits <> (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("mlops") OR ("model" "serving") OR ("inference")' AND rowid = new.id) THEN 1 ELSE 0 END) | (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("enterprise")' AND rowid = new.id) THEN 2 ELSE 0 END) | (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("on-device") OR ("edge" "devices") OR ("embedded") OR ("mobile")' AND rowid = new.id) THEN 4 ELSE 0 END) | (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("tflite") OR ("tensorflow" "lite") OR ("litert")' AND rowid = new.id) THEN 8 ELSE 0 END) | (CASE WHEN EXISTS (SELECT 1 FROM postings_fts WHERE postings_fts MATCH '("executorch") OR ("pytorch" "mobile")' AND rowid = new.id) THEN 16 ELSE 0 END);
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits, coalesce(old.group_id, old.id), -1 * count(*), -1 * (k.n = 1), -1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL AND id <> new.id UNION ALL SELECT old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits, old.term_bits) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL AND id <> new.id UNION ALL SELECT old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits, old.term_bits))) k
  WHERE (old.month IS NOT new.month OR old.source IS NOT new.source OR old.seniority IS NOT new.seniority OR old.framework_bits IS NOT new.framework_bits OR old.role_bits IS NOT new.role_bits OR old.region_bits IS NOT new.region_bits OR old.use_case_bits IS NOT new.use_case_bits OR old.term_bits IS NOT (SELECT term_bits FROM postings WHERE id = new.id) OR coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id)) GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits, coalesce(old.group_id, old.id), 1 * count(*), 1 * (k.n = 1), 1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL))) k
  WHERE (old.month IS NOT new.month OR old.source IS NOT new.source OR old.seniority IS NOT new.seniority OR old.framework_bits IS NOT new.framework_bits OR old.role_bits IS NOT new.role_bits OR old.region_bits IS NOT new.region_bits OR old.use_case_bits IS NOT new.use_case_bits OR old.term_bits IS NOT (SELECT term_bits FROM postings WHERE id = new.id) OR coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id)) GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits, coalesce(new.group_id, new.id), -1 * count(*), -1 * (k.n = 1), -1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL AND id <> new.id) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL AND id <> new.id))) k
  WHERE coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits, coalesce(new.group_id, new.id), 1 * count(*), 1 * (k.n = 1), 1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, term_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL))) k
  WHERE coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, m.term_bits;
END;
