ALTER TABLE `cache_tags` ADD `changed_at` text;--> statement-breakpoint
-- Tags bumped before their time was kept: say they changed now, so no client is told an old copy
-- is current (it downloads once more).
UPDATE `cache_tags` SET `changed_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
