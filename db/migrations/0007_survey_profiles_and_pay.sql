CREATE TABLE `survey_pay_counts` (
	`source` text NOT NULL,
	`year` integer NOT NULL,
	`framework` text NOT NULL,
	`role` text NOT NULL,
	`seniority` text NOT NULL,
	`region` text NOT NULL,
	`value` real NOT NULL,
	`respondents` integer NOT NULL,
	PRIMARY KEY(`source`, `year`, `framework`, `role`, `seniority`, `region`, `value`)
);
--> statement-breakpoint
CREATE TABLE `survey_profile_counts` (
	`source` text NOT NULL,
	`year` integer NOT NULL,
	`role` text NOT NULL,
	`seniority` text NOT NULL,
	`region` text NOT NULL,
	`profile` integer NOT NULL,
	`respondents` integer NOT NULL,
	PRIMARY KEY(`source`, `year`, `role`, `seniority`, `region`, `profile`)
);
--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `profile` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- hand-written below: triggers and backfill
-- A respondent's profile bits (lib/surveys/profile.ts): used pytorch 1, used tensorflow 2, wanted pytorch 4, wanted tensorflow 8.
-- Backfilled before the triggers exist, so the backfill counts each response once.
UPDATE survey_responses SET profile = (
  SELECT coalesce(sum(CASE f.relation || ':' || f.framework WHEN 'used:pytorch' THEN 1 WHEN 'used:tensorflow' THEN 2 WHEN 'wanted:pytorch' THEN 4 WHEN 'wanted:tensorflow' THEN 8 ELSE 0 END), 0)
  FROM survey_response_frameworks f WHERE f.survey_response_id = survey_responses.id
)
WHERE id IN (SELECT survey_response_id FROM survey_response_frameworks WHERE framework IN ('pytorch', 'tensorflow'));
--> statement-breakpoint
INSERT INTO survey_profile_counts (source, year, role, seniority, region, profile, respondents)
SELECT source, year, coalesce(role, ''), seniority, coalesce(region, ''), profile, count(*) FROM survey_responses
GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO survey_pay_counts (source, year, framework, role, seniority, region, value, respondents)
SELECT source, year, 'any', coalesce(role, ''), seniority, coalesce(region, ''), comp_yearly_usd, count(*) FROM survey_responses
WHERE comp_yearly_usd > 0
GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO survey_pay_counts (source, year, framework, role, seniority, region, value, respondents)
SELECT r.source, r.year, f.framework, coalesce(r.role, ''), r.seniority, coalesce(r.region, ''), r.comp_yearly_usd, count(*)
FROM survey_response_frameworks f JOIN survey_responses r ON r.id = f.survey_response_id
WHERE f.relation = 'used' AND f.framework IN ('tensorflow', 'pytorch', 'jax', 'keras') AND r.comp_yearly_usd > 0
GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
-- A response is counted at insert with the profile it was given, then set to what its framework rows say (normally 0:
-- db/ingest writes a response before its framework rows); the profile update moves the count.
CREATE TRIGGER `survey_profile_counts_after_insert` AFTER INSERT ON `survey_responses` BEGIN
  INSERT INTO survey_profile_counts (source, year, role, seniority, region, profile, respondents)
  VALUES (new.source, new.year, coalesce(new.role, ''), new.seniority, coalesce(new.region, ''), new.profile, 1)
  ON CONFLICT DO UPDATE SET respondents = respondents + 1;
  UPDATE survey_responses SET profile = (
    SELECT coalesce(sum(CASE f.relation || ':' || f.framework WHEN 'used:pytorch' THEN 1 WHEN 'used:tensorflow' THEN 2 WHEN 'wanted:pytorch' THEN 4 WHEN 'wanted:tensorflow' THEN 8 ELSE 0 END), 0)
    FROM survey_response_frameworks f WHERE f.survey_response_id = new.id
  )
  WHERE id = new.id AND profile <> (
    SELECT coalesce(sum(CASE f.relation || ':' || f.framework WHEN 'used:pytorch' THEN 1 WHEN 'used:tensorflow' THEN 2 WHEN 'wanted:pytorch' THEN 4 WHEN 'wanted:tensorflow' THEN 8 ELSE 0 END), 0)
    FROM survey_response_frameworks f WHERE f.survey_response_id = new.id
  );
END;
--> statement-breakpoint
CREATE TRIGGER `survey_profile_counts_after_update` AFTER UPDATE OF source, year, role, seniority, region, profile ON `survey_responses` BEGIN
  UPDATE survey_profile_counts SET respondents = respondents - 1
  WHERE source = old.source AND year = old.year AND role = coalesce(old.role, '') AND seniority = old.seniority AND region = coalesce(old.region, '') AND profile = old.profile;
  INSERT INTO survey_profile_counts (source, year, role, seniority, region, profile, respondents)
  VALUES (new.source, new.year, coalesce(new.role, ''), new.seniority, coalesce(new.region, ''), new.profile, 1)
  ON CONFLICT DO UPDATE SET respondents = respondents + 1;
END;
--> statement-breakpoint
-- Before the delete, while its framework rows still name it: their cascade finds no response to update.
CREATE TRIGGER `survey_profile_pay_counts_before_delete` BEFORE DELETE ON `survey_responses` BEGIN
  UPDATE survey_profile_counts SET respondents = respondents - 1
  WHERE source = old.source AND year = old.year AND role = coalesce(old.role, '') AND seniority = old.seniority AND region = coalesce(old.region, '') AND profile = old.profile;
  UPDATE survey_pay_counts SET respondents = respondents - 1
  WHERE source = old.source AND year = old.year AND role = coalesce(old.role, '') AND seniority = old.seniority AND region = coalesce(old.region, '') AND value = old.comp_yearly_usd
    AND old.comp_yearly_usd > 0
    AND (framework = 'any' OR framework IN (
      SELECT framework FROM survey_response_frameworks
      WHERE survey_response_id = old.id AND relation = 'used' AND framework IN ('tensorflow', 'pytorch', 'jax', 'keras')
    ));
END;
--> statement-breakpoint
CREATE TRIGGER `survey_pay_counts_after_insert` AFTER INSERT ON `survey_responses` WHEN new.comp_yearly_usd > 0 BEGIN
  INSERT INTO survey_pay_counts (source, year, framework, role, seniority, region, value, respondents)
  SELECT new.source, new.year, 'any', coalesce(new.role, ''), new.seniority, coalesce(new.region, ''), new.comp_yearly_usd, 1 WHERE true
  UNION ALL
  SELECT new.source, new.year, framework, coalesce(new.role, ''), new.seniority, coalesce(new.region, ''), new.comp_yearly_usd, 1
  FROM survey_response_frameworks WHERE survey_response_id = new.id AND relation = 'used' AND framework IN ('tensorflow', 'pytorch', 'jax', 'keras')
  ON CONFLICT DO UPDATE SET respondents = respondents + 1;
END;
--> statement-breakpoint
-- db/ingest updates a changed response before it replaces its framework rows: the rows present now moved cell with it.
CREATE TRIGGER `survey_pay_counts_after_update` AFTER UPDATE OF source, year, role, seniority, region, comp_yearly_usd ON `survey_responses` BEGIN
  UPDATE survey_pay_counts SET respondents = respondents - 1
  WHERE source = old.source AND year = old.year AND role = coalesce(old.role, '') AND seniority = old.seniority AND region = coalesce(old.region, '') AND value = old.comp_yearly_usd
    AND old.comp_yearly_usd > 0
    AND (framework = 'any' OR framework IN (
      SELECT framework FROM survey_response_frameworks
      WHERE survey_response_id = new.id AND relation = 'used' AND framework IN ('tensorflow', 'pytorch', 'jax', 'keras')
    ));
  INSERT INTO survey_pay_counts (source, year, framework, role, seniority, region, value, respondents)
  SELECT new.source, new.year, 'any', coalesce(new.role, ''), new.seniority, coalesce(new.region, ''), new.comp_yearly_usd, 1 WHERE new.comp_yearly_usd > 0
  UNION ALL
  SELECT new.source, new.year, framework, coalesce(new.role, ''), new.seniority, coalesce(new.region, ''), new.comp_yearly_usd, 1
  FROM survey_response_frameworks WHERE new.comp_yearly_usd > 0 AND survey_response_id = new.id AND relation = 'used' AND framework IN ('tensorflow', 'pytorch', 'jax', 'keras')
  ON CONFLICT DO UPDATE SET respondents = respondents + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `survey_profile_after_framework_insert` AFTER INSERT ON `survey_response_frameworks` WHEN new.framework IN ('pytorch', 'tensorflow') AND new.relation IN ('used', 'wanted') BEGIN
  UPDATE survey_responses SET profile = profile | (CASE new.relation WHEN 'used' THEN 1 ELSE 4 END * CASE new.framework WHEN 'pytorch' THEN 1 ELSE 2 END)
  WHERE id = new.survey_response_id AND profile & (CASE new.relation WHEN 'used' THEN 1 ELSE 4 END * CASE new.framework WHEN 'pytorch' THEN 1 ELSE 2 END) = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `survey_profile_after_framework_delete` AFTER DELETE ON `survey_response_frameworks` WHEN old.framework IN ('pytorch', 'tensorflow') AND old.relation IN ('used', 'wanted') BEGIN
  UPDATE survey_responses SET profile = profile & ~(CASE old.relation WHEN 'used' THEN 1 ELSE 4 END * CASE old.framework WHEN 'pytorch' THEN 1 ELSE 2 END)
  WHERE id = old.survey_response_id AND profile & (CASE old.relation WHEN 'used' THEN 1 ELSE 4 END * CASE old.framework WHEN 'pytorch' THEN 1 ELSE 2 END) <> 0;
END;
--> statement-breakpoint
CREATE TRIGGER `survey_pay_counts_after_framework_insert` AFTER INSERT ON `survey_response_frameworks` WHEN new.relation = 'used' AND new.framework IN ('tensorflow', 'pytorch', 'jax', 'keras') BEGIN
  INSERT INTO survey_pay_counts (source, year, framework, role, seniority, region, value, respondents)
  SELECT r.source, r.year, new.framework, coalesce(r.role, ''), r.seniority, coalesce(r.region, ''), r.comp_yearly_usd, 1
  FROM survey_responses r WHERE r.id = new.survey_response_id AND r.comp_yearly_usd > 0
  ON CONFLICT DO UPDATE SET respondents = respondents + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `survey_pay_counts_after_framework_delete` AFTER DELETE ON `survey_response_frameworks` WHEN old.relation = 'used' AND old.framework IN ('tensorflow', 'pytorch', 'jax', 'keras') BEGIN
  UPDATE survey_pay_counts SET respondents = respondents - 1
  WHERE framework = old.framework
    AND (source, year, role, seniority, region, value) IN (
      SELECT source, year, coalesce(role, ''), seniority, coalesce(region, ''), comp_yearly_usd FROM survey_responses WHERE id = old.survey_response_id AND comp_yearly_usd > 0
    );
END;
--> statement-breakpoint
-- Posted pay bands pick each duplicate group's earliest posting stating pay in a currency: this index holds just
-- the postings stating pay, in that order, with every column the bands read, so they never touch the wide rows.
CREATE INDEX `postings_pay_rep_idx` ON `postings` (salary_currency, coalesce(group_id, id), id, month, source, seniority, salary_annual_min, salary_annual_max)
WHERE salary_annual_min IS NOT NULL AND salary_annual_max IS NOT NULL AND salary_currency IS NOT NULL;
