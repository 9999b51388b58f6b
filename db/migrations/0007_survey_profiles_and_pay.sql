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
CREATE TABLE `country_regions` (
	`country` text PRIMARY KEY NOT NULL,
	`region` text NOT NULL,
	`bit` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `posted_pay` (
	`posting_id` integer PRIMARY KEY NOT NULL,
	`job` integer NOT NULL,
	`currency` text NOT NULL,
	`value` real NOT NULL,
	`month` text NOT NULL,
	`source` text NOT NULL,
	`seniority` text NOT NULL,
	`framework_bits` integer NOT NULL,
	`role_bits` integer NOT NULL,
	`region_bits` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `posted_pay_band_idx` ON `posted_pay` (`currency`,`job`,`posting_id`,`month`,`source`,`seniority`,`value`,`framework_bits`,`role_bits`,`region_bits`);--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `profile` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
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
-- Posted pay (posted_pay): one narrow row per posting stating pay, with its labels as bits (lib/money/pay-bits.ts), so
-- the bands read ~8% of the postings from one covering index instead of every posting and three label tables.
-- Regions as lib/geo/regions.ts COUNTRY_REGIONS (tests/integration/market-rollups.test.ts checks they agree).
INSERT INTO country_regions (country, region, bit) VALUES
('BM', 'northern_america', 1),
('CA', 'northern_america', 1),
('GL', 'northern_america', 1),
('PM', 'northern_america', 1),
('US', 'northern_america', 1),
('AI', 'latin_america', 2),
('AG', 'latin_america', 2),
('AW', 'latin_america', 2),
('BS', 'latin_america', 2),
('BB', 'latin_america', 2),
('BQ', 'latin_america', 2),
('VG', 'latin_america', 2),
('KY', 'latin_america', 2),
('CU', 'latin_america', 2),
('CW', 'latin_america', 2),
('DM', 'latin_america', 2),
('DO', 'latin_america', 2),
('GD', 'latin_america', 2),
('GP', 'latin_america', 2),
('HT', 'latin_america', 2),
('JM', 'latin_america', 2),
('MQ', 'latin_america', 2),
('MS', 'latin_america', 2),
('PR', 'latin_america', 2),
('BL', 'latin_america', 2),
('KN', 'latin_america', 2),
('LC', 'latin_america', 2),
('MF', 'latin_america', 2),
('VC', 'latin_america', 2),
('SX', 'latin_america', 2),
('TT', 'latin_america', 2),
('TC', 'latin_america', 2),
('VI', 'latin_america', 2),
('BZ', 'latin_america', 2),
('CR', 'latin_america', 2),
('SV', 'latin_america', 2),
('GT', 'latin_america', 2),
('HN', 'latin_america', 2),
('MX', 'latin_america', 2),
('NI', 'latin_america', 2),
('PA', 'latin_america', 2),
('AR', 'latin_america', 2),
('BO', 'latin_america', 2),
('BR', 'latin_america', 2),
('CL', 'latin_america', 2),
('CO', 'latin_america', 2),
('EC', 'latin_america', 2),
('FK', 'latin_america', 2),
('GF', 'latin_america', 2),
('GY', 'latin_america', 2),
('PY', 'latin_america', 2),
('PE', 'latin_america', 2),
('SR', 'latin_america', 2),
('UY', 'latin_america', 2),
('VE', 'latin_america', 2),
('BY', 'europe', 4),
('BG', 'europe', 4),
('CZ', 'europe', 4),
('HU', 'europe', 4),
('PL', 'europe', 4),
('MD', 'europe', 4),
('RO', 'europe', 4),
('RU', 'europe', 4),
('SK', 'europe', 4),
('UA', 'europe', 4),
('AX', 'europe', 4),
('DK', 'europe', 4),
('EE', 'europe', 4),
('FO', 'europe', 4),
('FI', 'europe', 4),
('GG', 'europe', 4),
('IS', 'europe', 4),
('IE', 'europe', 4),
('IM', 'europe', 4),
('JE', 'europe', 4),
('LV', 'europe', 4),
('LT', 'europe', 4),
('NO', 'europe', 4),
('SJ', 'europe', 4),
('SE', 'europe', 4),
('GB', 'europe', 4),
('AL', 'europe', 4),
('AD', 'europe', 4),
('BA', 'europe', 4),
('HR', 'europe', 4),
('GI', 'europe', 4),
('GR', 'europe', 4),
('VA', 'europe', 4),
('IT', 'europe', 4),
('MT', 'europe', 4),
('ME', 'europe', 4),
('MK', 'europe', 4),
('PT', 'europe', 4),
('SM', 'europe', 4),
('RS', 'europe', 4),
('SI', 'europe', 4),
('ES', 'europe', 4),
('XK', 'europe', 4),
('AT', 'europe', 4),
('BE', 'europe', 4),
('FR', 'europe', 4),
('DE', 'europe', 4),
('LI', 'europe', 4),
('LU', 'europe', 4),
('MC', 'europe', 4),
('NL', 'europe', 4),
('CH', 'europe', 4),
('KZ', 'asia', 8),
('KG', 'asia', 8),
('TJ', 'asia', 8),
('TM', 'asia', 8),
('UZ', 'asia', 8),
('CN', 'asia', 8),
('HK', 'asia', 8),
('MO', 'asia', 8),
('KP', 'asia', 8),
('JP', 'asia', 8),
('MN', 'asia', 8),
('KR', 'asia', 8),
('TW', 'asia', 8),
('BN', 'asia', 8),
('KH', 'asia', 8),
('ID', 'asia', 8),
('LA', 'asia', 8),
('MY', 'asia', 8),
('MM', 'asia', 8),
('PH', 'asia', 8),
('SG', 'asia', 8),
('TH', 'asia', 8),
('TL', 'asia', 8),
('VN', 'asia', 8),
('AF', 'asia', 8),
('BD', 'asia', 8),
('BT', 'asia', 8),
('IN', 'asia', 8),
('IR', 'asia', 8),
('MV', 'asia', 8),
('NP', 'asia', 8),
('PK', 'asia', 8),
('LK', 'asia', 8),
('AM', 'asia', 8),
('AZ', 'asia', 8),
('BH', 'asia', 8),
('CY', 'asia', 8),
('GE', 'asia', 8),
('IQ', 'asia', 8),
('IL', 'asia', 8),
('JO', 'asia', 8),
('KW', 'asia', 8),
('LB', 'asia', 8),
('OM', 'asia', 8),
('QA', 'asia', 8),
('SA', 'asia', 8),
('PS', 'asia', 8),
('SY', 'asia', 8),
('TR', 'asia', 8),
('AE', 'asia', 8),
('YE', 'asia', 8),
('DZ', 'africa', 16),
('EG', 'africa', 16),
('LY', 'africa', 16),
('MA', 'africa', 16),
('SD', 'africa', 16),
('TN', 'africa', 16),
('EH', 'africa', 16),
('BI', 'africa', 16),
('KM', 'africa', 16),
('DJ', 'africa', 16),
('ER', 'africa', 16),
('ET', 'africa', 16),
('KE', 'africa', 16),
('MG', 'africa', 16),
('MW', 'africa', 16),
('MU', 'africa', 16),
('YT', 'africa', 16),
('MZ', 'africa', 16),
('RE', 'africa', 16),
('RW', 'africa', 16),
('SC', 'africa', 16),
('SO', 'africa', 16),
('SS', 'africa', 16),
('UG', 'africa', 16),
('TZ', 'africa', 16),
('ZM', 'africa', 16),
('ZW', 'africa', 16),
('AO', 'africa', 16),
('CM', 'africa', 16),
('CF', 'africa', 16),
('TD', 'africa', 16),
('CG', 'africa', 16),
('CD', 'africa', 16),
('GQ', 'africa', 16),
('GA', 'africa', 16),
('ST', 'africa', 16),
('BW', 'africa', 16),
('SZ', 'africa', 16),
('LS', 'africa', 16),
('NA', 'africa', 16),
('ZA', 'africa', 16),
('BJ', 'africa', 16),
('BF', 'africa', 16),
('CV', 'africa', 16),
('CI', 'africa', 16),
('GM', 'africa', 16),
('GH', 'africa', 16),
('GN', 'africa', 16),
('GW', 'africa', 16),
('LR', 'africa', 16),
('ML', 'africa', 16),
('MR', 'africa', 16),
('NE', 'africa', 16),
('NG', 'africa', 16),
('SH', 'africa', 16),
('SN', 'africa', 16),
('SL', 'africa', 16),
('TG', 'africa', 16),
('AU', 'oceania', 32),
('NZ', 'oceania', 32),
('NF', 'oceania', 32),
('FJ', 'oceania', 32),
('NC', 'oceania', 32),
('PG', 'oceania', 32),
('SB', 'oceania', 32),
('VU', 'oceania', 32),
('GU', 'oceania', 32),
('KI', 'oceania', 32),
('MH', 'oceania', 32),
('FM', 'oceania', 32),
('NR', 'oceania', 32),
('MP', 'oceania', 32),
('PW', 'oceania', 32),
('AS', 'oceania', 32),
('CK', 'oceania', 32),
('PF', 'oceania', 32),
('NU', 'oceania', 32),
('PN', 'oceania', 32),
('WS', 'oceania', 32),
('TK', 'oceania', 32),
('TO', 'oceania', 32),
('TV', 'oceania', 32),
('WF', 'oceania', 32);
--> statement-breakpoint
INSERT INTO posted_pay (posting_id, job, currency, value, month, source, seniority, framework_bits, role_bits, region_bits)
SELECT p.id, coalesce(p.group_id, p.id), p.salary_currency, (p.salary_annual_min + p.salary_annual_max) / 2.0, p.month, p.source, p.seniority,
    (SELECT coalesce(sum(CASE f.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END), 0) FROM posting_frameworks f WHERE f.posting_id = p.id),
    (SELECT coalesce(sum(CASE r.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END), 0) FROM posting_roles r WHERE r.posting_id = p.id),
    (SELECT coalesce(sum(DISTINCT coalesce(cr.bit, 64)), 0) FROM posting_countries c LEFT JOIN country_regions cr ON cr.country = upper(c.country) WHERE c.posting_id = p.id)
FROM postings p WHERE p.salary_annual_min IS NOT NULL AND p.salary_annual_max IS NOT NULL AND p.salary_currency IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `posted_pay_after_insert` AFTER INSERT ON `postings` WHEN new.salary_annual_min IS NOT NULL AND new.salary_annual_max IS NOT NULL AND new.salary_currency IS NOT NULL BEGIN
  INSERT INTO posted_pay (posting_id, job, currency, value, month, source, seniority, framework_bits, role_bits, region_bits)
  SELECT new.id, coalesce(new.group_id, new.id), new.salary_currency, (new.salary_annual_min + new.salary_annual_max) / 2.0, new.month, new.source, new.seniority,
    (SELECT coalesce(sum(CASE f.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END), 0) FROM posting_frameworks f WHERE f.posting_id = new.id),
    (SELECT coalesce(sum(CASE r.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END), 0) FROM posting_roles r WHERE r.posting_id = new.id),
    (SELECT coalesce(sum(DISTINCT coalesce(cr.bit, 64)), 0) FROM posting_countries c LEFT JOIN country_regions cr ON cr.country = upper(c.country) WHERE c.posting_id = new.id);
END;
--> statement-breakpoint
-- db/ingest updates a posting, then sets its group: either may change the row; labels are kept by their own triggers.
CREATE TRIGGER `posted_pay_after_update` AFTER UPDATE OF salary_annual_min, salary_annual_max, salary_currency, group_id, month, source, seniority ON `postings` BEGIN
  DELETE FROM posted_pay WHERE posting_id = old.id;
  INSERT INTO posted_pay (posting_id, job, currency, value, month, source, seniority, framework_bits, role_bits, region_bits)
  SELECT new.id, coalesce(new.group_id, new.id), new.salary_currency, (new.salary_annual_min + new.salary_annual_max) / 2.0, new.month, new.source, new.seniority,
    (SELECT coalesce(sum(CASE f.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END), 0) FROM posting_frameworks f WHERE f.posting_id = new.id),
    (SELECT coalesce(sum(CASE r.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END), 0) FROM posting_roles r WHERE r.posting_id = new.id),
    (SELECT coalesce(sum(DISTINCT coalesce(cr.bit, 64)), 0) FROM posting_countries c LEFT JOIN country_regions cr ON cr.country = upper(c.country) WHERE c.posting_id = new.id) WHERE new.salary_annual_min IS NOT NULL AND new.salary_annual_max IS NOT NULL AND new.salary_currency IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `posted_pay_after_delete` AFTER DELETE ON `postings` BEGIN
  DELETE FROM posted_pay WHERE posting_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `posted_pay_after_framework_insert` AFTER INSERT ON `posting_frameworks` BEGIN
  UPDATE posted_pay SET framework_bits = framework_bits | CASE new.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END WHERE posting_id = new.posting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `posted_pay_after_framework_delete` AFTER DELETE ON `posting_frameworks` BEGIN
  UPDATE posted_pay SET framework_bits = framework_bits & ~CASE old.framework WHEN 'tensorflow' THEN 1 WHEN 'pytorch' THEN 2 WHEN 'jax' THEN 4 WHEN 'keras' THEN 8 ELSE 0 END WHERE posting_id = old.posting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `posted_pay_after_role_insert` AFTER INSERT ON `posting_roles` BEGIN
  UPDATE posted_pay SET role_bits = role_bits | CASE new.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END WHERE posting_id = new.posting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `posted_pay_after_role_delete` AFTER DELETE ON `posting_roles` BEGIN
  UPDATE posted_pay SET role_bits = role_bits & ~CASE old.role WHEN 'ml_engineer' THEN 1 WHEN 'research_scientist' THEN 2 WHEN 'research_engineer' THEN 4 WHEN 'mlops_engineer' THEN 8 WHEN 'data_scientist' THEN 16 WHEN 'data_engineer' THEN 32 WHEN 'software_engineer' THEN 64 WHEN 'management' THEN 128 WHEN 'other' THEN 256 ELSE 0 END WHERE posting_id = old.posting_id;
END;
--> statement-breakpoint
-- Several countries may share a region: the region bits are recomputed from all of the posting's countries.
CREATE TRIGGER `posted_pay_after_country_insert` AFTER INSERT ON `posting_countries` BEGIN
  UPDATE posted_pay SET region_bits = (SELECT coalesce(sum(DISTINCT coalesce(cr.bit, 64)), 0) FROM posting_countries c LEFT JOIN country_regions cr ON cr.country = upper(c.country) WHERE c.posting_id = new.posting_id) WHERE posting_id = new.posting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `posted_pay_after_country_delete` AFTER DELETE ON `posting_countries` BEGIN
  UPDATE posted_pay SET region_bits = (SELECT coalesce(sum(DISTINCT coalesce(cr.bit, 64)), 0) FROM posting_countries c LEFT JOIN country_regions cr ON cr.country = upper(c.country) WHERE c.posting_id = old.posting_id) WHERE posting_id = old.posting_id;
END;
