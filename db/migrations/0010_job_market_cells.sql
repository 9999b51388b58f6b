CREATE TABLE `job_market_cells` (
	`month` text NOT NULL,
	`source` text NOT NULL,
	`seniority` text NOT NULL,
	`framework_bits` integer NOT NULL,
	`role_bits` integer NOT NULL,
	`region_bits` integer NOT NULL,
	`use_case_bits` integer NOT NULL,
	`postings` integer NOT NULL,
	`whole_jobs` integer NOT NULL,
	PRIMARY KEY(`month`, `source`, `seniority`, `framework_bits`, `role_bits`, `region_bits`, `use_case_bits`)
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
	`group_id` integer NOT NULL,
	`members` integer NOT NULL,
	PRIMARY KEY(`month`, `source`, `seniority`, `framework_bits`, `role_bits`, `region_bits`, `use_case_bits`, `group_id`)
);
--> statement-breakpoint
ALTER TABLE `postings` ADD `framework_bits` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `postings` ADD `role_bits` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `postings` ADD `region_bits` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `postings` ADD `use_case_bits` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- hand-written below: triggers and backfill
-- The bits of the postings stored before this migration, as the label tables say (the same CASEs as the triggers below).
UPDATE postings SET
  framework_bits = (SELECT coalesce(sum(CASE f.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END), 0) FROM posting_frameworks f WHERE f.posting_id = postings.id),
  role_bits = (SELECT coalesce(sum(CASE r.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END), 0) FROM posting_roles r WHERE r.posting_id = postings.id),
  region_bits = (SELECT coalesce(sum(DISTINCT coalesce(cr.bit, 64)), 0) FROM posting_countries c LEFT JOIN country_regions cr ON cr.country = upper(c.country) WHERE c.posting_id = postings.id),
  use_case_bits = (SELECT coalesce(sum(CASE u.use_case WHEN 'computer_vision' THEN 1 WHEN 'nlp_llm' THEN 2 WHEN 'speech_audio' THEN 4 WHEN 'reinforcement_learning' THEN 8 WHEN 'time_series' THEN 16 WHEN 'recommender_systems' THEN 32 WHEN 'robotics' THEN 64 ELSE 0 END), 0) FROM posting_use_cases u WHERE u.posting_id = postings.id);
--> statement-breakpoint
-- A job whose postings all have one key is a whole job of that cell; the others get a row per key in job_market_shared.
INSERT INTO job_market_cells (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, postings, whole_jobs)
SELECT p.month, p.source, p.seniority, p.framework_bits, p.role_bits, p.region_bits, p.use_case_bits, sum(p.postings), sum(j.keys = 1)
FROM (SELECT coalesce(group_id, id) AS job, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, count(*) AS postings FROM postings GROUP BY 1, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits) p JOIN (SELECT job, count(*) AS keys FROM (SELECT coalesce(group_id, id) AS job, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, count(*) AS postings FROM postings GROUP BY 1, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits) GROUP BY job) j ON j.job = p.job
GROUP BY p.month, p.source, p.seniority, p.framework_bits, p.role_bits, p.region_bits, p.use_case_bits;
--> statement-breakpoint
INSERT INTO job_market_shared (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, members)
SELECT p.month, p.source, p.seniority, p.framework_bits, p.role_bits, p.region_bits, p.use_case_bits, p.job, p.postings
FROM (SELECT coalesce(group_id, id) AS job, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, count(*) AS postings FROM postings GROUP BY 1, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits) p JOIN (SELECT job, count(*) AS keys FROM (SELECT coalesce(group_id, id) AS job, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, count(*) AS postings FROM postings GROUP BY 1, month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits) GROUP BY job) j ON j.job = p.job
WHERE j.keys > 1;
--> statement-breakpoint
-- A delta adds rows of a job to (or takes them from) the cells, and to (from) its group's rows when its postings have several keys.
CREATE TRIGGER `job_market_deltas_apply` AFTER INSERT ON `job_market_deltas` BEGIN
  INSERT INTO job_market_cells (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, postings, whole_jobs)
  SELECT new.month, new.source, new.seniority, new.framework_bits, new.role_bits, new.region_bits, new.use_case_bits, new.postings, new.whole_jobs WHERE new.postings <> 0 OR new.whole_jobs <> 0
  ON CONFLICT DO UPDATE SET postings = postings + excluded.postings, whole_jobs = whole_jobs + excluded.whole_jobs;
  DELETE FROM job_market_cells WHERE new.postings < 0 AND month = new.month AND source = new.source AND seniority = new.seniority AND framework_bits = new.framework_bits AND role_bits = new.role_bits AND region_bits = new.region_bits AND use_case_bits = new.use_case_bits AND postings = 0;
  INSERT INTO job_market_shared (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, members)
  SELECT new.month, new.source, new.seniority, new.framework_bits, new.role_bits, new.region_bits, new.use_case_bits, new.group_id, new.members WHERE new.members <> 0
  ON CONFLICT DO UPDATE SET members = members + excluded.members;
  DELETE FROM job_market_shared WHERE new.members < 0 AND month = new.month AND source = new.source AND seniority = new.seniority AND framework_bits = new.framework_bits AND role_bits = new.role_bits AND region_bits = new.region_bits AND use_case_bits = new.use_case_bits AND group_id = new.group_id AND members = 0;
  DELETE FROM job_market_deltas WHERE rowid = new.rowid;
END;
--> statement-breakpoint
-- A change to a job of two or more postings takes the job's rows as they were out and puts them back as
-- they are (the group is read from postings, group_id indexed, so these triggers do not depend on the
-- order SQLite fires them and 0008's in). A job of one posting, the ingest's hot path, is written directly.
CREATE TRIGGER `job_market_after_insert` AFTER INSERT ON `postings` WHEN ((SELECT count(*) FROM postings WHERE group_id = coalesce(new.group_id, new.id)) + (SELECT count(*) FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL)) = 1 BEGIN
  INSERT INTO job_market_cells (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, postings, whole_jobs) VALUES (new.month, new.source, new.seniority, new.framework_bits, new.role_bits, new.region_bits, new.use_case_bits, 1, 1)
  ON CONFLICT DO UPDATE SET postings = postings + 1, whole_jobs = whole_jobs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `job_market_after_insert_shared` AFTER INSERT ON `postings` WHEN ((SELECT count(*) FROM postings WHERE group_id = coalesce(new.group_id, new.id)) + (SELECT count(*) FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL)) > 1 BEGIN
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, coalesce(new.group_id, new.id), -1 * count(*), -1 * (k.n = 1), -1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL AND id <> new.id) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL AND id <> new.id))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, coalesce(new.group_id, new.id), 1 * count(*), 1 * (k.n = 1), 1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits;
END;
--> statement-breakpoint
CREATE TRIGGER `job_market_after_delete` AFTER DELETE ON `postings` WHEN ((SELECT count(*) FROM postings WHERE group_id = coalesce(old.group_id, old.id)) + (SELECT count(*) FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL)) = 0 BEGIN
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, postings, whole_jobs, members) VALUES (old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits, coalesce(old.group_id, old.id), -1, -1, 0);
END;
--> statement-breakpoint
CREATE TRIGGER `job_market_after_delete_shared` AFTER DELETE ON `postings` WHEN ((SELECT count(*) FROM postings WHERE group_id = coalesce(old.group_id, old.id)) + (SELECT count(*) FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL)) > 0 BEGIN
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, coalesce(old.group_id, old.id), -1 * count(*), -1 * (k.n = 1), -1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL UNION ALL SELECT old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL UNION ALL SELECT old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, coalesce(old.group_id, old.id), 1 * count(*), 1 * (k.n = 1), 1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits;
END;
--> statement-breakpoint
-- A posting whose key or group changes: the job it was in, and the one it joins when that is another.
CREATE TRIGGER `job_market_after_update` AFTER UPDATE OF month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id ON `postings`
WHEN old.month IS NOT new.month OR old.source IS NOT new.source OR old.seniority IS NOT new.seniority OR old.framework_bits IS NOT new.framework_bits OR old.role_bits IS NOT new.role_bits OR old.region_bits IS NOT new.region_bits OR old.use_case_bits IS NOT new.use_case_bits OR coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) BEGIN
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, coalesce(old.group_id, old.id), -1 * count(*), -1 * (k.n = 1), -1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL AND id <> new.id UNION ALL SELECT old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL AND id <> new.id UNION ALL SELECT old.month, old.source, old.seniority, old.framework_bits, old.role_bits, old.region_bits, old.use_case_bits))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, coalesce(old.group_id, old.id), 1 * count(*), 1 * (k.n = 1), 1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(old.group_id, old.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(old.group_id, old.id) AND group_id IS NULL))) k
  GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, coalesce(new.group_id, new.id), -1 * count(*), -1 * (k.n = 1), -1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL AND id <> new.id) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) AND id <> new.id UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL AND id <> new.id))) k
  WHERE coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits;
  INSERT INTO job_market_deltas (month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits, group_id, postings, whole_jobs, members)
  SELECT m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits, coalesce(new.group_id, new.id), 1 * count(*), 1 * (k.n = 1), 1 * (k.n > 1) * count(*)
  FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL) m, (SELECT count(*) AS n FROM (SELECT DISTINCT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM (SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE group_id = coalesce(new.group_id, new.id) UNION ALL SELECT month, source, seniority, framework_bits, role_bits, region_bits, use_case_bits FROM postings WHERE id = coalesce(new.group_id, new.id) AND group_id IS NULL))) k
  WHERE coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) GROUP BY m.month, m.source, m.seniority, m.framework_bits, m.role_bits, m.region_bits, m.use_case_bits;
END;
--> statement-breakpoint
-- Labels written other than by the ingest (which writes the bits with the posting, so these change
-- nothing then) set or clear their bit; the update above moves the posting's cell.
CREATE TRIGGER `posting_frameworks_bits_insert` AFTER INSERT ON `posting_frameworks` BEGIN
  UPDATE postings SET framework_bits = framework_bits | (CASE new.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END) WHERE id = new.posting_id AND framework_bits <> framework_bits | (CASE new.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END);
END;
--> statement-breakpoint
CREATE TRIGGER `posting_frameworks_bits_delete` AFTER DELETE ON `posting_frameworks` BEGIN
  UPDATE postings SET framework_bits = framework_bits & ~(CASE old.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END) WHERE id = old.posting_id AND framework_bits & (CASE old.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END) <> 0;
END;
--> statement-breakpoint
CREATE TRIGGER `posting_roles_bits_insert` AFTER INSERT ON `posting_roles` BEGIN
  UPDATE postings SET role_bits = role_bits | (CASE new.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END) WHERE id = new.posting_id AND role_bits <> role_bits | (CASE new.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END);
END;
--> statement-breakpoint
CREATE TRIGGER `posting_roles_bits_delete` AFTER DELETE ON `posting_roles` BEGIN
  UPDATE postings SET role_bits = role_bits & ~(CASE old.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END) WHERE id = old.posting_id AND role_bits & (CASE old.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END) <> 0;
END;
--> statement-breakpoint
CREATE TRIGGER `posting_use_cases_bits_insert` AFTER INSERT ON `posting_use_cases` BEGIN
  UPDATE postings SET use_case_bits = use_case_bits | (CASE new.use_case WHEN 'computer_vision' THEN 1 WHEN 'nlp_llm' THEN 2 WHEN 'speech_audio' THEN 4 WHEN 'reinforcement_learning' THEN 8 WHEN 'time_series' THEN 16 WHEN 'recommender_systems' THEN 32 WHEN 'robotics' THEN 64 ELSE 0 END) WHERE id = new.posting_id AND use_case_bits <> use_case_bits | (CASE new.use_case WHEN 'computer_vision' THEN 1 WHEN 'nlp_llm' THEN 2 WHEN 'speech_audio' THEN 4 WHEN 'reinforcement_learning' THEN 8 WHEN 'time_series' THEN 16 WHEN 'recommender_systems' THEN 32 WHEN 'robotics' THEN 64 ELSE 0 END);
END;
--> statement-breakpoint
CREATE TRIGGER `posting_use_cases_bits_delete` AFTER DELETE ON `posting_use_cases` BEGIN
  UPDATE postings SET use_case_bits = use_case_bits & ~(CASE old.use_case WHEN 'computer_vision' THEN 1 WHEN 'nlp_llm' THEN 2 WHEN 'speech_audio' THEN 4 WHEN 'reinforcement_learning' THEN 8 WHEN 'time_series' THEN 16 WHEN 'recommender_systems' THEN 32 WHEN 'robotics' THEN 64 ELSE 0 END) WHERE id = old.posting_id AND use_case_bits & (CASE old.use_case WHEN 'computer_vision' THEN 1 WHEN 'nlp_llm' THEN 2 WHEN 'speech_audio' THEN 4 WHEN 'reinforcement_learning' THEN 8 WHEN 'time_series' THEN 16 WHEN 'recommender_systems' THEN 32 WHEN 'robotics' THEN 64 ELSE 0 END) <> 0;
END;
--> statement-breakpoint
-- Several countries may share a region: a country's bit is added, and the bits recomputed from the countries left.
CREATE TRIGGER `posting_countries_bits_insert` AFTER INSERT ON `posting_countries` BEGIN
  UPDATE postings SET region_bits = region_bits | coalesce((SELECT bit FROM country_regions WHERE country = upper(new.country)), 64) WHERE id = new.posting_id AND region_bits <> region_bits | coalesce((SELECT bit FROM country_regions WHERE country = upper(new.country)), 64);
END;
--> statement-breakpoint
CREATE TRIGGER `posting_countries_bits_delete` AFTER DELETE ON `posting_countries` BEGIN
  UPDATE postings SET region_bits = (SELECT coalesce(sum(DISTINCT coalesce(cr.bit, 64)), 0) FROM posting_countries c LEFT JOIN country_regions cr ON cr.country = upper(c.country) WHERE c.posting_id = old.posting_id) WHERE id = old.posting_id AND region_bits <> (SELECT coalesce(sum(DISTINCT coalesce(cr.bit, 64)), 0) FROM posting_countries c LEFT JOIN country_regions cr ON cr.country = upper(c.country) WHERE c.posting_id = old.posting_id);
END;
