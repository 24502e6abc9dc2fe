CREATE TABLE `funding` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`source` text NOT NULL,
	`line` text,
	`amount_cents` integer NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`note` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `funding_project_idx` ON `funding` (`project_id`);--> statement-breakpoint
CREATE INDEX `funding_source_project_idx` ON `funding` (`source`,`project_id`);--> statement-breakpoint
CREATE TABLE `media` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`file` text NOT NULL,
	`alt` text NOT NULL,
	`caption` text,
	`credit` text,
	`taken_on` text,
	`phase` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `media_project_idx` ON `media` (`project_id`,`position`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`title` text NOT NULL,
	`planned_on` text NOT NULL,
	`actual_on` text,
	`done` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `milestones_project_idx` ON `milestones` (`project_id`,`planned_on`);--> statement-breakpoint
CREATE INDEX `milestones_planned_idx` ON `milestones` (`planned_on`);--> statement-breakpoint
CREATE TABLE `municipi` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`area_m2` real,
	`boundary` text,
	`min_lon` real,
	`min_lat` real,
	`max_lon` real,
	`max_lat` real
);
--> statement-breakpoint
CREATE TABLE `nil` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`municipio_id` integer NOT NULL,
	`centroid_lat` real NOT NULL,
	`centroid_lon` real NOT NULL,
	`area_m2` real,
	`boundary` text,
	`min_lon` real,
	`min_lat` real,
	`max_lon` real,
	`max_lat` real,
	FOREIGN KEY (`municipio_id`) REFERENCES `municipi`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nil_slug_idx` ON `nil` (`slug`);--> statement-breakpoint
CREATE INDEX `nil_municipio_idx` ON `nil` (`municipio_id`);--> statement-breakpoint
CREATE TABLE `project_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`field` text NOT NULL,
	`from_value` text,
	`to_value` text NOT NULL,
	`reason` text NOT NULL,
	`changed_on` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `changes_project_idx` ON `project_changes` (`project_id`,`changed_on`);--> statement-breakpoint
CREATE TABLE `project_translations` (
	`project_id` integer NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`project_id`, `locale`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `translations_locale_title_idx` ON `project_translations` (`locale`,`title`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`cup` text,
	`parent_id` integer,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`geometry` text,
	`municipio_id` integer,
	`nil_id` integer,
	`responsible_office` text,
	`contractor` text,
	`contact_name` text,
	`contact_email` text,
	`contact_phone` text,
	`budget_baseline_cents` integer,
	`budget_current_cents` integer,
	`start_baseline` text,
	`start_current` text,
	`end_baseline` text,
	`end_current` text,
	`last_verified_at` text,
	`publication` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`published_at` text,
	FOREIGN KEY (`parent_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`municipio_id`) REFERENCES `municipi`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nil_id`) REFERENCES `nil`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "projects_progress_range" CHECK("projects"."progress" between 0 and 100),
	CONSTRAINT "projects_lat_range" CHECK("projects"."lat" between -90 and 90),
	CONSTRAINT "projects_lon_range" CHECK("projects"."lon" between -180 and 180)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_slug_idx` ON `projects` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `projects_cup_idx` ON `projects` (`cup`);--> statement-breakpoint
CREATE INDEX `projects_parent_idx` ON `projects` (`parent_id`);--> statement-breakpoint
CREATE INDEX `projects_pub_municipio_idx` ON `projects` (`publication`,`municipio_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `projects_pub_nil_idx` ON `projects` (`publication`,`nil_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `projects_pub_category_idx` ON `projects` (`publication`,`category`,`updated_at`);--> statement-breakpoint
CREATE INDEX `projects_pub_status_idx` ON `projects` (`publication`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `projects_pub_updated_idx` ON `projects` (`publication`,`updated_at`);--> statement-breakpoint
CREATE INDEX `projects_pub_end_idx` ON `projects` (`publication`,`end_current`);--> statement-breakpoint
CREATE INDEX `projects_pub_budget_idx` ON `projects` (`publication`,`budget_current_cents`);--> statement-breakpoint
CREATE INDEX `projects_pub_progress_idx` ON `projects` (`publication`,`progress`);--> statement-breakpoint
CREATE TABLE `updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`published_on` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `updates_project_idx` ON `updates` (`project_id`,`published_on`);--> statement-breakpoint
CREATE INDEX `updates_published_idx` ON `updates` (`published_on`);