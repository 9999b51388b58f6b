CREATE TABLE `survey_response_frameworks` (
	`survey_response_id` integer NOT NULL,
	`framework` text NOT NULL,
	`relation` text NOT NULL,
	PRIMARY KEY(`survey_response_id`, `framework`, `relation`),
	FOREIGN KEY (`survey_response_id`) REFERENCES `survey_responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_response_frameworks_framework_idx` ON `survey_response_frameworks` (`framework`,`relation`,`survey_response_id`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`year` integer NOT NULL,
	`source_id` text NOT NULL,
	`role` text,
	`dev_type` text,
	`seniority` text DEFAULT 'unspecified' NOT NULL,
	`years_pro` integer,
	`country` text,
	`country_name` text,
	`region` text,
	`comp_yearly_usd` real,
	`content_hash` text NOT NULL,
	`ingested_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_source_year_item_uq` ON `survey_responses` (`source`,`year`,`source_id`);--> statement-breakpoint
CREATE INDEX `survey_responses_year_role_idx` ON `survey_responses` (`year`,`role`);--> statement-breakpoint
CREATE INDEX `survey_responses_year_region_idx` ON `survey_responses` (`year`,`region`);--> statement-breakpoint
CREATE TABLE `salary_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`work_year` integer NOT NULL,
	`experience_level` text NOT NULL,
	`seniority` text NOT NULL,
	`employment_type` text NOT NULL,
	`job_title` text NOT NULL,
	`role` text NOT NULL,
	`salary` real NOT NULL,
	`salary_currency` text NOT NULL,
	`salary_usd` real NOT NULL,
	`employee_residence` text NOT NULL,
	`region` text,
	`remote_ratio` integer NOT NULL,
	`company_location` text NOT NULL,
	`company_size` text NOT NULL,
	`ingested_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `salary_reports_source_item_uq` ON `salary_reports` (`source`,`source_id`);--> statement-breakpoint
CREATE INDEX `salary_reports_year_role_idx` ON `salary_reports` (`work_year`,`role`,`seniority`);--> statement-breakpoint
CREATE TABLE `series_points` (
	`series` text NOT NULL,
	`key` text NOT NULL,
	`date` text NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`origin` text NOT NULL,
	`url` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`series`, `key`, `date`)
);
