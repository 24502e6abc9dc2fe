-- The audit log is append-only (issue #4, point 8): who did what is public money's paper trail,
-- so not even the application may rewrite or remove an entry. drizzle-kit cannot express
-- triggers, so this migration is hand-written.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
