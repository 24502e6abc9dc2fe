CREATE TABLE `subscription_retired_tokens` (
	`unsubscribe_hash` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `subscription_retired_tokens_email_idx` ON `subscription_retired_tokens` (`email`);