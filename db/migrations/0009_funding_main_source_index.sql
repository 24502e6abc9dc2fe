DROP INDEX `funding_project_idx`;--> statement-breakpoint
CREATE INDEX `funding_project_idx` ON `funding` (`project_id`,"amount_cents" desc,`id`);