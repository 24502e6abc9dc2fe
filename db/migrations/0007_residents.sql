CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`photo` text,
	`email` text,
	`locale` text NOT NULL,
	`state` text DEFAULT 'new' NOT NULL,
	`reply` text,
	`replied_by` integer,
	`first_reply_at` text,
	`published` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`replied_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feedback_state_idx` ON `feedback` (`state`,`created_at`);--> statement-breakpoint
CREATE INDEX `feedback_project_idx` ON `feedback` (`project_id`,`published`);--> statement-breakpoint
CREATE TABLE `judgements` (
	`project_id` integer NOT NULL,
	`voter_hash` text NOT NULL,
	`value` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`project_id`, `voter_hash`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `mail_queue` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`headers` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_error` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE INDEX `mail_queue_due_idx` ON `mail_queue` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `project_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`kind` text NOT NULL,
	`detail` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_events_at_idx` ON `project_events` (`at`);--> statement-breakpoint
CREATE INDEX `project_events_project_idx` ON `project_events` (`project_id`,`at`);--> statement-breakpoint
CREATE TABLE `rate_hits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_hits_key_idx` ON `rate_hits` (`key`,`at`);--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`locale` text NOT NULL,
	`scope` text NOT NULL,
	`target_id` integer NOT NULL,
	`frequency` text NOT NULL,
	`base_url` text NOT NULL,
	`confirm_hash` text,
	`confirm_expires_at` text,
	`confirmed_at` text,
	`unsubscribe_hash` text NOT NULL,
	`unsubscribe_token` text NOT NULL,
	`last_digest_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_unsub_idx` ON `subscriptions` (`unsubscribe_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_confirm_idx` ON `subscriptions` (`confirm_hash`);--> statement-breakpoint
CREATE INDEX `subscriptions_target_idx` ON `subscriptions` (`scope`,`target_id`,`confirmed_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_email_target_idx` ON `subscriptions` (`email`,`scope`,`target_id`);--> statement-breakpoint
CREATE TABLE `worksite_impacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `impacts_project_idx` ON `worksite_impacts` (`project_id`,`ends_on`);--> statement-breakpoint
CREATE INDEX `impacts_active_idx` ON `worksite_impacts` (`ends_on`,`starts_on`);