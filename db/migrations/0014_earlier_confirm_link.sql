ALTER TABLE `subscriptions` ADD `earlier_confirm_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_earlier_confirm_idx` ON `subscriptions` (`earlier_confirm_hash`);