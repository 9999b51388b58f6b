CREATE TABLE `job_group_sizes` (
	`group_id` integer PRIMARY KEY NOT NULL,
	`members` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `posting_cell_deltas` (
	`posting_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`month` text NOT NULL,
	`source` text NOT NULL,
	`postings` integer NOT NULL,
	`single_jobs` integer NOT NULL,
	`shared` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `posting_cells` (
	`month` text NOT NULL,
	`source` text NOT NULL,
	`framework` text NOT NULL,
	`use_case` text NOT NULL,
	`postings` integer NOT NULL,
	`single_jobs` integer NOT NULL,
	PRIMARY KEY(`framework`, `use_case`, `source`, `month`)
);
--> statement-breakpoint
CREATE TABLE `posting_company_counts` (
	`source` text NOT NULL,
	`company` text NOT NULL,
	`unnamed` integer NOT NULL,
	`postings` integer NOT NULL,
	`closed` integer NOT NULL,
	PRIMARY KEY(`source`, `unnamed`, `company`)
);
--> statement-breakpoint
CREATE TABLE `posting_country_counts` (
	`country` text PRIMARY KEY NOT NULL,
	`postings` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `shared_job_cells` (
	`framework` text NOT NULL,
	`use_case` text NOT NULL,
	`source` text NOT NULL,
	`month` text NOT NULL,
	`group_id` integer NOT NULL,
	`posting_id` integer NOT NULL,
	PRIMARY KEY(`framework`, `use_case`, `source`, `month`, `group_id`, `posting_id`)
);
--> statement-breakpoint
DROP INDEX `postings_salary_usd_max_idx`;--> statement-breakpoint
DROP INDEX `postings_company_idx`;--> statement-breakpoint
CREATE INDEX `postings_company_sort_idx` ON `postings` (("company" IS NULL),"company" COLLATE NOCASE,"id" DESC);--> statement-breakpoint
CREATE INDEX `postings_seniority_remote_idx` ON `postings` (`seniority`,`remote`,`posted_at`,`group_id`);--> statement-breakpoint
CREATE INDEX `postings_salary_usd_max_idx` ON `postings` (`salary_usd_max`,`group_id`);--> statement-breakpoint
CREATE INDEX `postings_company_idx` ON `postings` (`company`,`group_id`);--> statement-breakpoint
-- hand-written below: triggers and backfill
-- A posting's cells: each of '*', '+' (when it has any) and its frameworks, crossed with the same of its use cases.
-- A delta adds them to (or takes them from) posting_cells, and puts them in (or out of) shared_job_cells.
CREATE TRIGGER `posting_cell_deltas_apply` AFTER INSERT ON `posting_cell_deltas` BEGIN
  INSERT INTO posting_cells (month, source, framework, use_case, postings, single_jobs)
  SELECT new.month, new.source, f.framework, u.use_case, new.postings, new.single_jobs
  FROM (
    SELECT '*' AS framework
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = new.posting_id)
    UNION ALL SELECT framework FROM posting_frameworks WHERE posting_id = new.posting_id
  ) f, (
    SELECT '*' AS use_case
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = new.posting_id)
    UNION ALL SELECT use_case FROM posting_use_cases WHERE posting_id = new.posting_id
  ) u
  WHERE new.postings <> 0 OR new.single_jobs <> 0
  ON CONFLICT DO UPDATE SET postings = postings + excluded.postings, single_jobs = single_jobs + excluded.single_jobs;
  INSERT INTO shared_job_cells (framework, use_case, source, month, group_id, posting_id)
  SELECT f.framework, u.use_case, new.source, new.month, new.group_id, new.posting_id
  FROM (
    SELECT '*' AS framework
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = new.posting_id)
    UNION ALL SELECT framework FROM posting_frameworks WHERE posting_id = new.posting_id
  ) f, (
    SELECT '*' AS use_case
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = new.posting_id)
    UNION ALL SELECT use_case FROM posting_use_cases WHERE posting_id = new.posting_id
  ) u
  WHERE new.shared = 1;
  DELETE FROM shared_job_cells
  WHERE new.shared = -1 AND framework IN (SELECT '*' UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = new.posting_id) UNION ALL SELECT framework FROM posting_frameworks WHERE posting_id = new.posting_id) AND use_case IN (SELECT '*' UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = new.posting_id) UNION ALL SELECT use_case FROM posting_use_cases WHERE posting_id = new.posting_id)
    AND source = new.source AND month = new.month AND group_id = new.group_id AND posting_id = new.posting_id;
  DELETE FROM posting_cell_deltas WHERE rowid = new.rowid;
END;
--> statement-breakpoint
-- A new posting joins its group; a group of one is a single-posting job, and the member of a group
-- that reaches two stops being one.
CREATE TRIGGER `posting_rollups_after_insert` AFTER INSERT ON `postings` BEGIN
  INSERT INTO job_group_sizes (group_id, members) VALUES (coalesce(new.group_id, new.id), 1)
  ON CONFLICT DO UPDATE SET members = members + 1;
  INSERT INTO posting_cell_deltas (posting_id, group_id, month, source, postings, single_jobs, shared)
  SELECT id, coalesce(new.group_id, new.id), month, source, 0, -1, 1 FROM postings
  WHERE coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(new.group_id, new.id)), 0) = 2 AND (group_id = coalesce(new.group_id, new.id) OR (group_id IS NULL AND id = coalesce(new.group_id, new.id))) AND id <> new.id;
  INSERT INTO posting_cell_deltas (posting_id, group_id, month, source, postings, single_jobs, shared)
  SELECT new.id, coalesce(new.group_id, new.id), new.month, new.source, 1, coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(new.group_id, new.id)), 0) = 1, coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(new.group_id, new.id)), 0) > 1;
  INSERT INTO posting_company_counts (source, company, unnamed, postings, closed)
  VALUES (new.source, coalesce(new.company, ''), new.company IS NULL, 1, new.closed_at IS NOT NULL)
  ON CONFLICT DO UPDATE SET postings = postings + 1, closed = closed + excluded.closed;
END;
--> statement-breakpoint
-- Before the delete, while its labels still name it: their cascade finds no posting and changes nothing.
CREATE TRIGGER `posting_rollups_before_delete` BEFORE DELETE ON `postings` BEGIN
  INSERT INTO posting_cell_deltas (posting_id, group_id, month, source, postings, single_jobs, shared)
  SELECT old.id, coalesce(old.group_id, old.id), old.month, old.source, -1, -(coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(old.group_id, old.id)), 0) = 1), -(coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(old.group_id, old.id)), 0) > 1);
  UPDATE job_group_sizes SET members = members - 1 WHERE group_id = coalesce(old.group_id, old.id);
  DELETE FROM job_group_sizes WHERE group_id = coalesce(old.group_id, old.id) AND members = 0;
  INSERT INTO posting_cell_deltas (posting_id, group_id, month, source, postings, single_jobs, shared)
  SELECT id, coalesce(old.group_id, old.id), month, source, 0, 1, -1 FROM postings
  WHERE coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(old.group_id, old.id)), 0) = 1 AND (group_id = coalesce(old.group_id, old.id) OR (group_id IS NULL AND id = coalesce(old.group_id, old.id))) AND id <> old.id;
  UPDATE posting_company_counts SET postings = postings - 1, closed = closed - (old.closed_at IS NOT NULL)
  WHERE source = old.source AND unnamed = (old.company IS NULL) AND company = coalesce(old.company, '');
END;
--> statement-breakpoint
-- A posting that moves month or source, or changes group (re-grouped by dedup): out of its old cells
-- and group, into the new ones; the groups it leaves and joins may change between one and two members.
CREATE TRIGGER `posting_rollups_after_update` AFTER UPDATE OF month, source, group_id ON `postings`
WHEN old.month IS NOT new.month OR old.source IS NOT new.source OR coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) BEGIN
  INSERT INTO posting_cell_deltas (posting_id, group_id, month, source, postings, single_jobs, shared)
  SELECT new.id, coalesce(old.group_id, old.id), old.month, old.source, -1, -(coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(old.group_id, old.id)), 0) = 1), -(coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(old.group_id, old.id)), 0) > 1);
  UPDATE job_group_sizes SET members = members - 1 WHERE group_id = coalesce(old.group_id, old.id) AND coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id);
  DELETE FROM job_group_sizes WHERE group_id = coalesce(old.group_id, old.id) AND members = 0;
  INSERT INTO posting_cell_deltas (posting_id, group_id, month, source, postings, single_jobs, shared)
  SELECT id, coalesce(old.group_id, old.id), month, source, 0, 1, -1 FROM postings
  WHERE coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) AND coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(old.group_id, old.id)), 0) = 1 AND (group_id = coalesce(old.group_id, old.id) OR (group_id IS NULL AND id = coalesce(old.group_id, old.id))) AND id <> new.id;
  INSERT INTO job_group_sizes (group_id, members) SELECT coalesce(new.group_id, new.id), 1 WHERE coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id)
  ON CONFLICT DO UPDATE SET members = members + 1;
  INSERT INTO posting_cell_deltas (posting_id, group_id, month, source, postings, single_jobs, shared)
  SELECT id, coalesce(new.group_id, new.id), month, source, 0, -1, 1 FROM postings
  WHERE coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) AND coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(new.group_id, new.id)), 0) = 2 AND (group_id = coalesce(new.group_id, new.id) OR (group_id IS NULL AND id = coalesce(new.group_id, new.id))) AND id <> new.id;
  INSERT INTO posting_cell_deltas (posting_id, group_id, month, source, postings, single_jobs, shared)
  SELECT new.id, coalesce(new.group_id, new.id), new.month, new.source, 1, coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(new.group_id, new.id)), 0) = 1, coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(new.group_id, new.id)), 0) > 1;
END;
--> statement-breakpoint
CREATE TRIGGER `posting_company_counts_after_update` AFTER UPDATE OF source, company, closed_at ON `postings`
WHEN old.source IS NOT new.source OR old.company IS NOT new.company OR (old.closed_at IS NULL) <> (new.closed_at IS NULL) BEGIN
  UPDATE posting_company_counts SET postings = postings - 1, closed = closed - (old.closed_at IS NOT NULL)
  WHERE source = old.source AND unnamed = (old.company IS NULL) AND company = coalesce(old.company, '');
  INSERT INTO posting_company_counts (source, company, unnamed, postings, closed)
  VALUES (new.source, coalesce(new.company, ''), new.company IS NULL, 1, new.closed_at IS NOT NULL)
  ON CONFLICT DO UPDATE SET postings = postings + 1, closed = closed + excluded.closed;
END;
--> statement-breakpoint
-- A label added or removed changes the posting's cells of that label (and of '+' when it is the first
-- or the last of its kind), crossed with the posting's labels of the other kind.
CREATE TRIGGER `posting_cells_framework_insert` AFTER INSERT ON `posting_frameworks` BEGIN
  INSERT INTO posting_cells (month, source, framework, use_case, postings, single_jobs)
  SELECT p.month, p.source, f.framework, u.use_case, 1, coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(p.group_id, p.id)), 0) = 1
  FROM postings p, (
    SELECT new.framework AS framework
    UNION ALL SELECT '+' WHERE NOT EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = new.posting_id AND framework <> new.framework)
  ) f, (
    SELECT '*' AS use_case
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = new.posting_id)
    UNION ALL SELECT use_case FROM posting_use_cases WHERE posting_id = new.posting_id
  ) u
  WHERE p.id = new.posting_id
  ON CONFLICT DO UPDATE SET postings = postings + excluded.postings, single_jobs = single_jobs + excluded.single_jobs;
  INSERT INTO shared_job_cells (framework, use_case, source, month, group_id, posting_id)
  SELECT f.framework, u.use_case, p.source, p.month, coalesce(p.group_id, p.id), p.id
  FROM postings p, (
    SELECT new.framework AS framework
    UNION ALL SELECT '+' WHERE NOT EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = new.posting_id AND framework <> new.framework)
  ) f, (
    SELECT '*' AS use_case
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = new.posting_id)
    UNION ALL SELECT use_case FROM posting_use_cases WHERE posting_id = new.posting_id
  ) u
  WHERE p.id = new.posting_id AND coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(p.group_id, p.id)), 0) > 1;
END;
--> statement-breakpoint
CREATE TRIGGER `posting_cells_framework_delete` AFTER DELETE ON `posting_frameworks` BEGIN
  INSERT INTO posting_cells (month, source, framework, use_case, postings, single_jobs)
  SELECT p.month, p.source, f.framework, u.use_case, -1, -(coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(p.group_id, p.id)), 0) = 1)
  FROM postings p, (
    SELECT old.framework AS framework
    UNION ALL SELECT '+' WHERE NOT EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = old.posting_id)
  ) f, (
    SELECT '*' AS use_case
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = old.posting_id)
    UNION ALL SELECT use_case FROM posting_use_cases WHERE posting_id = old.posting_id
  ) u
  WHERE p.id = old.posting_id
  ON CONFLICT DO UPDATE SET postings = postings + excluded.postings, single_jobs = single_jobs + excluded.single_jobs;
  DELETE FROM shared_job_cells
  WHERE framework IN (SELECT old.framework UNION ALL SELECT '+' WHERE NOT EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = old.posting_id)) AND use_case IN (SELECT '*' UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = old.posting_id) UNION ALL SELECT use_case FROM posting_use_cases WHERE posting_id = old.posting_id)
    AND (source, month, group_id) IN (SELECT source, month, coalesce(group_id, id) FROM postings WHERE id = old.posting_id) AND posting_id = old.posting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `posting_cells_use_case_insert` AFTER INSERT ON `posting_use_cases` BEGIN
  INSERT INTO posting_cells (month, source, framework, use_case, postings, single_jobs)
  SELECT p.month, p.source, f.framework, u.use_case, 1, coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(p.group_id, p.id)), 0) = 1
  FROM postings p, (
    SELECT '*' AS framework
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = new.posting_id)
    UNION ALL SELECT framework FROM posting_frameworks WHERE posting_id = new.posting_id
  ) f, (
    SELECT new.use_case AS use_case
    UNION ALL SELECT '+' WHERE NOT EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = new.posting_id AND use_case <> new.use_case)
  ) u
  WHERE p.id = new.posting_id
  ON CONFLICT DO UPDATE SET postings = postings + excluded.postings, single_jobs = single_jobs + excluded.single_jobs;
  INSERT INTO shared_job_cells (framework, use_case, source, month, group_id, posting_id)
  SELECT f.framework, u.use_case, p.source, p.month, coalesce(p.group_id, p.id), p.id
  FROM postings p, (
    SELECT '*' AS framework
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = new.posting_id)
    UNION ALL SELECT framework FROM posting_frameworks WHERE posting_id = new.posting_id
  ) f, (
    SELECT new.use_case AS use_case
    UNION ALL SELECT '+' WHERE NOT EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = new.posting_id AND use_case <> new.use_case)
  ) u
  WHERE p.id = new.posting_id AND coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(p.group_id, p.id)), 0) > 1;
END;
--> statement-breakpoint
CREATE TRIGGER `posting_cells_use_case_delete` AFTER DELETE ON `posting_use_cases` BEGIN
  INSERT INTO posting_cells (month, source, framework, use_case, postings, single_jobs)
  SELECT p.month, p.source, f.framework, u.use_case, -1, -(coalesce((SELECT members FROM job_group_sizes WHERE group_id = coalesce(p.group_id, p.id)), 0) = 1)
  FROM postings p, (
    SELECT '*' AS framework
    UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = old.posting_id)
    UNION ALL SELECT framework FROM posting_frameworks WHERE posting_id = old.posting_id
  ) f, (
    SELECT old.use_case AS use_case
    UNION ALL SELECT '+' WHERE NOT EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = old.posting_id)
  ) u
  WHERE p.id = old.posting_id
  ON CONFLICT DO UPDATE SET postings = postings + excluded.postings, single_jobs = single_jobs + excluded.single_jobs;
  DELETE FROM shared_job_cells
  WHERE framework IN (SELECT '*' UNION ALL SELECT '+' WHERE EXISTS (SELECT 1 FROM posting_frameworks WHERE posting_id = old.posting_id) UNION ALL SELECT framework FROM posting_frameworks WHERE posting_id = old.posting_id) AND use_case IN (SELECT old.use_case UNION ALL SELECT '+' WHERE NOT EXISTS (SELECT 1 FROM posting_use_cases WHERE posting_id = old.posting_id))
    AND (source, month, group_id) IN (SELECT source, month, coalesce(group_id, id) FROM postings WHERE id = old.posting_id) AND posting_id = old.posting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `posting_country_counts_insert` AFTER INSERT ON `posting_countries` BEGIN
  INSERT INTO posting_country_counts (country, postings) VALUES (new.country, 1) ON CONFLICT DO UPDATE SET postings = postings + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `posting_country_counts_delete` AFTER DELETE ON `posting_countries` BEGIN
  UPDATE posting_country_counts SET postings = postings - 1 WHERE country = old.country;
END;
--> statement-breakpoint
-- The postings stored before this migration.
INSERT INTO job_group_sizes (group_id, members) SELECT coalesce(group_id, id), count(*) FROM postings GROUP BY 1;
--> statement-breakpoint
INSERT INTO posting_cells (month, source, framework, use_case, postings, single_jobs)
SELECT p.month, p.source, f.framework, u.use_case, count(*), sum(g.members = 1)
FROM postings p
JOIN job_group_sizes g ON g.group_id = coalesce(p.group_id, p.id)
JOIN (
  SELECT id AS posting_id, '*' AS framework FROM postings
  UNION ALL SELECT DISTINCT posting_id, '+' FROM posting_frameworks
  UNION ALL SELECT posting_id, framework FROM posting_frameworks
) f ON f.posting_id = p.id
JOIN (
  SELECT id AS posting_id, '*' AS use_case FROM postings
  UNION ALL SELECT DISTINCT posting_id, '+' FROM posting_use_cases
  UNION ALL SELECT posting_id, use_case FROM posting_use_cases
) u ON u.posting_id = p.id
GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO shared_job_cells (framework, use_case, source, month, group_id, posting_id)
SELECT f.framework, u.use_case, p.source, p.month, g.group_id, p.id
FROM postings p
JOIN job_group_sizes g ON g.group_id = coalesce(p.group_id, p.id)
JOIN (
  SELECT id AS posting_id, '*' AS framework FROM postings
  UNION ALL SELECT DISTINCT posting_id, '+' FROM posting_frameworks
  UNION ALL SELECT posting_id, framework FROM posting_frameworks
) f ON f.posting_id = p.id
JOIN (
  SELECT id AS posting_id, '*' AS use_case FROM postings
  UNION ALL SELECT DISTINCT posting_id, '+' FROM posting_use_cases
  UNION ALL SELECT posting_id, use_case FROM posting_use_cases
) u ON u.posting_id = p.id
WHERE g.members > 1;
--> statement-breakpoint
INSERT INTO posting_company_counts (source, company, unnamed, postings, closed)
SELECT source, coalesce(company, ''), company IS NULL, count(*), count(closed_at) FROM postings GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO posting_country_counts (country, postings) SELECT country, count(*) FROM posting_countries GROUP BY 1;
