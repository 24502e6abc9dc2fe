ALTER TABLE `users` ADD `last_daily_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `base_url` text;