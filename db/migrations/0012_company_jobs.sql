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
