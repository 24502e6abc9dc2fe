CREATE TABLE `told_events` (
	`email` text NOT NULL,
	`event_id` integer NOT NULL,
	PRIMARY KEY(`email`, `event_id`),
	FOREIGN KEY (`event_id`) REFERENCES `project_events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `told_events_event_idx` ON `told_events` (`event_id`);--> statement-breakpoint
-- What was mailed at once before this table, as the digests used to infer it: the news of a
-- project that an address followed at once (the project, its NIL or its Municipio) since before
-- the news, kept where one of its weekly rows could still tell it again.
INSERT OR IGNORE INTO `told_events` (`email`, `event_id`)
SELECT DISTINCT `i`.`email`, `e`.`id`
FROM `project_events` `e`
JOIN `projects` `p` ON `p`.`id` = `e`.`project_id`
JOIN `subscriptions` `i` ON `i`.`frequency` = 'instant' AND `i`.`confirmed_at` IS NOT NULL
  AND coalesce(`i`.`last_digest_at`, `i`.`confirmed_at`) < `e`.`at`
  AND ((`i`.`scope` = 'project' AND `i`.`target_id` = `p`.`id`)
    OR (`i`.`scope` = 'nil' AND `i`.`target_id` = `p`.`nil_id`)
    OR (`i`.`scope` = 'municipio' AND `i`.`target_id` = `p`.`municipio_id`))
WHERE EXISTS (
  SELECT 1 FROM `subscriptions` `w`
  WHERE `w`.`email` = `i`.`email` AND `w`.`frequency` = 'weekly' AND `w`.`confirmed_at` IS NOT NULL
    AND coalesce(`w`.`last_digest_at`, `w`.`confirmed_at`) < `e`.`at`
);
