ALTER TABLE `scrape_runs` ADD `closed_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `requested_interval_ms` integer;--> statement-breakpoint
ALTER TABLE `postings` ADD `board` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `apply_url` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `dedup_url_key` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `dedup_listing_key` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `description_fingerprint` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `group_id` integer;--> statement-breakpoint
CREATE INDEX `postings_source_board_idx` ON `postings` (`source`,`board`);--> statement-breakpoint
CREATE INDEX `postings_dedup_url_idx` ON `postings` (`dedup_url_key`);--> statement-breakpoint
CREATE INDEX `postings_dedup_listing_idx` ON `postings` (`dedup_listing_key`,`posted_at`);--> statement-breakpoint
CREATE INDEX `postings_fingerprint_idx` ON `postings` (`description_fingerprint`);--> statement-breakpoint
CREATE INDEX `postings_group_idx` ON `postings` (`group_id`);