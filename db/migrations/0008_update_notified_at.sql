ALTER TABLE `updates` ADD `notified_at` text;--> statement-breakpoint
-- Updates already public were announced (or predate residents): only updates still scheduled for later wait for the worker.
UPDATE `updates` SET `notified_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `publish_at` IS NULL OR `publish_at` <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
