CREATE TABLE `survey_cell_counts` (
	`source` text NOT NULL,
	`year` integer NOT NULL,
	`role` text NOT NULL,
	`seniority` text NOT NULL,
	`region` text NOT NULL,
	`respondents` integer NOT NULL,
	PRIMARY KEY(`source`, `year`, `role`, `seniority`, `region`)
);
--> statement-breakpoint
CREATE TABLE `survey_framework_cell_counts` (
	`source` text NOT NULL,
	`year` integer NOT NULL,
	`role` text NOT NULL,
	`seniority` text NOT NULL,
	`region` text NOT NULL,
	`framework` text NOT NULL,
	`relation` text NOT NULL,
	`users` integer NOT NULL,
	PRIMARY KEY(`source`, `year`, `relation`, `framework`, `role`, `seniority`, `region`)
);
--> statement-breakpoint
-- The rollups follow every write of survey_responses and survey_response_frameworks (db/ingest writes
-- a response before its framework rows, and replaces the framework rows of a changed response).
CREATE TRIGGER `survey_cell_counts_after_insert` AFTER INSERT ON `survey_responses` BEGIN
  INSERT INTO survey_cell_counts (source, year, role, seniority, region, respondents)
  VALUES (new.source, new.year, coalesce(new.role, ''), new.seniority, coalesce(new.region, ''), 1)
  ON CONFLICT DO UPDATE SET respondents = respondents + 1;
END;
--> statement-breakpoint
-- Before the delete, while its framework rows still name it: their cascade finds no response to count down.
CREATE TRIGGER `survey_cell_counts_before_delete` BEFORE DELETE ON `survey_responses` BEGIN
  UPDATE survey_cell_counts SET respondents = respondents - 1
  WHERE source = old.source AND year = old.year AND role = coalesce(old.role, '') AND seniority = old.seniority AND region = coalesce(old.region, '');
  UPDATE survey_framework_cell_counts SET users = users - 1
  WHERE source = old.source AND year = old.year AND role = coalesce(old.role, '') AND seniority = old.seniority AND region = coalesce(old.region, '')
    AND (framework, relation) IN (SELECT framework, relation FROM survey_response_frameworks WHERE survey_response_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `survey_cell_counts_after_update` AFTER UPDATE OF source, year, role, seniority, region ON `survey_responses` BEGIN
  UPDATE survey_cell_counts SET respondents = respondents - 1
  WHERE source = old.source AND year = old.year AND role = coalesce(old.role, '') AND seniority = old.seniority AND region = coalesce(old.region, '');
  INSERT INTO survey_cell_counts (source, year, role, seniority, region, respondents)
  VALUES (new.source, new.year, coalesce(new.role, ''), new.seniority, coalesce(new.region, ''), 1)
  ON CONFLICT DO UPDATE SET respondents = respondents + 1;
  UPDATE survey_framework_cell_counts SET users = users - 1
  WHERE source = old.source AND year = old.year AND role = coalesce(old.role, '') AND seniority = old.seniority AND region = coalesce(old.region, '')
    AND (framework, relation) IN (SELECT framework, relation FROM survey_response_frameworks WHERE survey_response_id = new.id);
  INSERT INTO survey_framework_cell_counts (source, year, role, seniority, region, framework, relation, users)
  SELECT new.source, new.year, coalesce(new.role, ''), new.seniority, coalesce(new.region, ''), framework, relation, 1
  FROM survey_response_frameworks WHERE survey_response_id = new.id
  ON CONFLICT DO UPDATE SET users = users + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `survey_framework_cell_counts_after_insert` AFTER INSERT ON `survey_response_frameworks` BEGIN
  INSERT INTO survey_framework_cell_counts (source, year, role, seniority, region, framework, relation, users)
  SELECT r.source, r.year, coalesce(r.role, ''), r.seniority, coalesce(r.region, ''), new.framework, new.relation, 1
  FROM survey_responses r WHERE r.id = new.survey_response_id
  ON CONFLICT DO UPDATE SET users = users + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `survey_framework_cell_counts_after_delete` AFTER DELETE ON `survey_response_frameworks` BEGIN
  UPDATE survey_framework_cell_counts SET users = users - 1
  WHERE framework = old.framework AND relation = old.relation
    AND (source, year, role, seniority, region) IN (
      SELECT source, year, coalesce(role, ''), seniority, coalesce(region, '') FROM survey_responses WHERE id = old.survey_response_id
    );
END;
--> statement-breakpoint
-- The responses stored before this migration.
INSERT INTO survey_cell_counts (source, year, role, seniority, region, respondents)
SELECT source, year, coalesce(role, ''), seniority, coalesce(region, ''), count(*) FROM survey_responses
GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO survey_framework_cell_counts (source, year, role, seniority, region, framework, relation, users)
SELECT r.source, r.year, coalesce(r.role, ''), r.seniority, coalesce(r.region, ''), f.framework, f.relation, count(*)
FROM survey_response_frameworks f JOIN survey_responses r ON r.id = f.survey_response_id
GROUP BY 1, 2, 3, 4, 5, 6, 7;
