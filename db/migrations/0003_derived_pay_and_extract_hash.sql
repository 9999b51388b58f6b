ALTER TABLE `postings` ADD `salary_annual_min` real;--> statement-breakpoint
ALTER TABLE `postings` ADD `salary_annual_max` real;--> statement-breakpoint
ALTER TABLE `postings` ADD `salary_usd_min` real;--> statement-breakpoint
ALTER TABLE `postings` ADD `salary_usd_max` real;--> statement-breakpoint
ALTER TABLE `postings` ADD `salary_rates_date` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `extract_hash` text;