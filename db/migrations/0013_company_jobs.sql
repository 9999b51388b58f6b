CREATE TABLE `company_groups` (
	`group_id` integer NOT NULL,
	`company` text NOT NULL,
	`postings` integer NOT NULL,
	`shared` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`group_id`, `company`)
);
--> statement-breakpoint
CREATE INDEX `company_groups_shared_idx` ON `company_groups` (`company`,`group_id`) WHERE shared = 1;--> statement-breakpoint
CREATE TABLE `company_jobs` (
	`company` text PRIMARY KEY NOT NULL,
	`postings` integer NOT NULL,
	`jobs` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `country_groups` (
	`group_id` integer NOT NULL,
	`country` text NOT NULL,
	`postings` integer NOT NULL,
	PRIMARY KEY(`group_id`, `country`)
);
--> statement-breakpoint
CREATE TABLE `country_jobs` (
	`country` text PRIMARY KEY NOT NULL,
	`jobs` integer NOT NULL
);
--> statement-breakpoint
-- hand-written below: triggers and backfill
INSERT INTO company_groups (group_id, company, postings)
SELECT coalesce(group_id, id), company, count(*) FROM postings WHERE company IS NOT NULL GROUP BY 1, 2;
--> statement-breakpoint
UPDATE company_groups SET shared = 1 WHERE group_id IN (SELECT group_id FROM company_groups GROUP BY group_id HAVING count(*) > 1);
--> statement-breakpoint
INSERT INTO company_jobs (company, postings, jobs) SELECT company, sum(postings), count(*) FROM company_groups GROUP BY company;
--> statement-breakpoint
-- A posting counts in the row of its company and group; company_groups' own triggers carry the change to company_jobs.
CREATE TRIGGER `company_groups_after_insert` AFTER INSERT ON `postings` WHEN new.company IS NOT NULL BEGIN
  INSERT INTO company_groups (group_id, company, postings) VALUES (coalesce(new.group_id, new.id), new.company, 1)
  ON CONFLICT DO UPDATE SET postings = postings + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `company_groups_after_delete` AFTER DELETE ON `postings` WHEN old.company IS NOT NULL BEGIN
  UPDATE company_groups SET postings = postings - 1 WHERE group_id = coalesce(old.group_id, old.id) AND company = old.company;
  DELETE FROM company_groups WHERE group_id = coalesce(old.group_id, old.id) AND company = old.company AND postings = 0;
END;
--> statement-breakpoint
-- A renamed or re-grouped posting: out of its old row, into its new one.
CREATE TRIGGER `company_groups_after_update` AFTER UPDATE OF company, group_id ON `postings`
WHEN old.company IS NOT new.company OR coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) BEGIN
  UPDATE company_groups SET postings = postings - 1 WHERE group_id = coalesce(old.group_id, old.id) AND company = old.company;
  DELETE FROM company_groups WHERE group_id = coalesce(old.group_id, old.id) AND company = old.company AND postings = 0;
  INSERT INTO company_groups (group_id, company, postings) SELECT coalesce(new.group_id, new.id), new.company, 1 WHERE new.company IS NOT NULL
  ON CONFLICT DO UPDATE SET postings = postings + 1;
END;
--> statement-breakpoint
-- A group's first row under a name is one more job of that name; its rows are shared once it has two names.
CREATE TRIGGER `company_jobs_after_group_insert` AFTER INSERT ON `company_groups` BEGIN
  INSERT INTO company_jobs (company, postings, jobs) VALUES (new.company, new.postings, 1)
  ON CONFLICT DO UPDATE SET postings = postings + excluded.postings, jobs = jobs + 1;
  UPDATE company_groups SET shared = 1 WHERE group_id = new.group_id AND shared = 0
    AND EXISTS (SELECT 1 FROM company_groups WHERE group_id = new.group_id AND company <> new.company);
END;
--> statement-breakpoint
CREATE TRIGGER `company_jobs_after_group_update` AFTER UPDATE OF postings ON `company_groups` BEGIN
  UPDATE company_jobs SET postings = postings + new.postings - old.postings WHERE company = new.company;
END;
--> statement-breakpoint
CREATE TRIGGER `company_jobs_after_group_delete` AFTER DELETE ON `company_groups` BEGIN
  UPDATE company_jobs SET postings = postings - old.postings, jobs = jobs - 1 WHERE company = old.company;
  DELETE FROM company_jobs WHERE company = old.company AND jobs = 0;
  UPDATE company_groups SET shared = 0 WHERE group_id = old.group_id AND shared = 1
    AND (SELECT count(*) FROM company_groups WHERE group_id = old.group_id) = 1;
END;
--> statement-breakpoint
INSERT INTO country_groups (group_id, country, postings)
SELECT coalesce(p.group_id, p.id), c.country, count(*) FROM posting_countries c JOIN postings p ON p.id = c.posting_id GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO country_jobs (country, jobs) SELECT country, count(*) FROM country_groups GROUP BY country;
--> statement-breakpoint
-- A country label counts in the row of its posting's group. When a posting is deleted its labels go
-- by cascade after it, finding no posting: the posting's own trigger has taken them out first.
CREATE TRIGGER `country_groups_after_label_insert` AFTER INSERT ON `posting_countries` BEGIN
  INSERT INTO country_groups (group_id, country, postings) SELECT coalesce(group_id, id), new.country, 1 FROM postings WHERE id = new.posting_id
  ON CONFLICT DO UPDATE SET postings = postings + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `country_groups_after_label_delete` AFTER DELETE ON `posting_countries` BEGIN
  UPDATE country_groups SET postings = postings - 1 WHERE country = old.country AND group_id = (SELECT coalesce(group_id, id) FROM postings WHERE id = old.posting_id);
  DELETE FROM country_groups WHERE country = old.country AND postings = 0 AND group_id = (SELECT coalesce(group_id, id) FROM postings WHERE id = old.posting_id);
END;
--> statement-breakpoint
CREATE TRIGGER `country_groups_before_delete` BEFORE DELETE ON `postings` BEGIN
  UPDATE country_groups SET postings = postings - 1
  WHERE group_id = coalesce(old.group_id, old.id) AND country IN (SELECT country FROM posting_countries WHERE posting_id = old.id);
  DELETE FROM country_groups WHERE group_id = coalesce(old.group_id, old.id) AND postings = 0;
END;
--> statement-breakpoint
-- A re-grouped posting takes its countries from its old group's rows to its new group's.
CREATE TRIGGER `country_groups_after_update` AFTER UPDATE OF group_id ON `postings`
WHEN coalesce(old.group_id, old.id) <> coalesce(new.group_id, new.id) BEGIN
  UPDATE country_groups SET postings = postings - 1
  WHERE group_id = coalesce(old.group_id, old.id) AND country IN (SELECT country FROM posting_countries WHERE posting_id = new.id);
  DELETE FROM country_groups WHERE group_id = coalesce(old.group_id, old.id) AND postings = 0;
  INSERT INTO country_groups (group_id, country, postings) SELECT coalesce(new.group_id, new.id), country, 1 FROM posting_countries WHERE posting_id = new.id
  ON CONFLICT DO UPDATE SET postings = postings + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `country_jobs_after_group_insert` AFTER INSERT ON `country_groups` BEGIN
  INSERT INTO country_jobs (country, jobs) VALUES (new.country, 1) ON CONFLICT DO UPDATE SET jobs = jobs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `country_jobs_after_group_delete` AFTER DELETE ON `country_groups` BEGIN
  UPDATE country_jobs SET jobs = jobs - 1 WHERE country = old.country;
  DELETE FROM country_jobs WHERE country = old.country AND jobs = 0;
END;
