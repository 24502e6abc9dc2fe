ALTER TABLE `users` ADD `locale` text DEFAULT 'it' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `notify_by_mail` integer DEFAULT true NOT NULL;