CREATE TABLE `scrape_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`fetched` integer DEFAULT 0 NOT NULL,
	`new_count` integer DEFAULT 0 NOT NULL,
	`updated_count` integer DEFAULT 0 NOT NULL,
	`unchanged_count` integer DEFAULT 0 NOT NULL,
	`failed_count` integer DEFAULT 0 NOT NULL,
	`skipped_count` integer DEFAULT 0 NOT NULL,
	`errors` text DEFAULT '[]' NOT NULL,
	`options` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`source`) REFERENCES `sources`(`name`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `scrape_runs_source_started_idx` ON `scrape_runs` (`source`,`started_at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`name` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`schedule` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `http_validators` (
	`url` text PRIMARY KEY NOT NULL,
	`etag` text,
	`last_modified` text,
	`checked_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `raw_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`source_id` text,
	`url` text NOT NULL,
	`fetched_at` text NOT NULL,
	`content_hash` text NOT NULL,
	`content_type` text NOT NULL,
	`body` text NOT NULL,
	`run_id` integer,
	FOREIGN KEY (`run_id`) REFERENCES `scrape_runs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `raw_documents_url_hash_uq` ON `raw_documents` (`url`,`content_hash`);--> statement-breakpoint
CREATE INDEX `raw_documents_source_item_idx` ON `raw_documents` (`source`,`source_id`);--> statement-breakpoint
CREATE TABLE `posting_countries` (
	`posting_id` integer NOT NULL,
	`country` text NOT NULL,
	PRIMARY KEY(`posting_id`, `country`),
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `posting_countries_country_idx` ON `posting_countries` (`country`,`posting_id`);--> statement-breakpoint
CREATE TABLE `posting_frameworks` (
	`posting_id` integer NOT NULL,
	`framework` text NOT NULL,
	`context` text NOT NULL,
	`snippet` text NOT NULL,
	PRIMARY KEY(`posting_id`, `framework`),
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `posting_frameworks_framework_idx` ON `posting_frameworks` (`framework`,`posting_id`);--> statement-breakpoint
CREATE TABLE `posting_roles` (
	`posting_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`posting_id`, `role`),
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `posting_roles_role_idx` ON `posting_roles` (`role`,`posting_id`);--> statement-breakpoint
CREATE TABLE `posting_use_cases` (
	`posting_id` integer NOT NULL,
	`use_case` text NOT NULL,
	PRIMARY KEY(`posting_id`, `use_case`),
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `posting_use_cases_use_case_idx` ON `posting_use_cases` (`use_case`,`posting_id`);--> statement-breakpoint
CREATE TABLE `postings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`url` text NOT NULL,
	`company` text,
	`title` text NOT NULL,
	`location_text` text,
	`posted_at` text NOT NULL,
	`month` text NOT NULL,
	`first_seen` text NOT NULL,
	`last_seen` text NOT NULL,
	`closed_at` text,
	`description` text NOT NULL,
	`seniority` text DEFAULT 'unspecified' NOT NULL,
	`remote` text DEFAULT 'unspecified' NOT NULL,
	`salary_min` real,
	`salary_max` real,
	`salary_currency` text,
	`salary_period` text,
	`salary_text` text,
	`content_hash` text NOT NULL,
	`raw_document_id` integer NOT NULL,
	FOREIGN KEY (`raw_document_id`) REFERENCES `raw_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `postings_source_item_uq` ON `postings` (`source`,`source_id`);--> statement-breakpoint
CREATE INDEX `postings_source_month_idx` ON `postings` (`source`,`month`);