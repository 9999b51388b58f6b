DROP INDEX `postings_source_month_idx`;--> statement-breakpoint
CREATE INDEX `postings_source_month_group_idx` ON `postings` (`source`,`month`,`group_id`);--> statement-breakpoint
CREATE INDEX `postings_month_source_group_idx` ON `postings` (`month`,`source`,`group_id`);--> statement-breakpoint
CREATE INDEX `postings_posted_at_idx` ON `postings` (`posted_at`);--> statement-breakpoint
CREATE INDEX `postings_salary_usd_max_idx` ON `postings` (`salary_usd_max`);--> statement-breakpoint
CREATE INDEX `postings_company_idx` ON `postings` (`company`);