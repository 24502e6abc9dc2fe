DROP INDEX `projects_parent_idx`;--> statement-breakpoint
CREATE INDEX `projects_pub_filters_idx` ON `projects` (`publication`,`municipio_id`,`category`,`status`,`nil_id`);--> statement-breakpoint
CREATE INDEX `projects_parent_idx` ON `projects` (`parent_id`,`publication`) WHERE "projects"."parent_id" is not null;