-- Free-text search over titles and summaries in every locale (issue #2 list filter "text").
-- An external-content FTS5 index kept in step by triggers: drizzle-kit cannot express
-- virtual tables, so this migration is hand-written.
CREATE VIRTUAL TABLE `project_search` USING fts5(
  title, summary,
  content='project_translations', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `project_search_ai` AFTER INSERT ON `project_translations` BEGIN
  INSERT INTO project_search(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
--> statement-breakpoint
CREATE TRIGGER `project_search_ad` AFTER DELETE ON `project_translations` BEGIN
  INSERT INTO project_search(project_search, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
END;
--> statement-breakpoint
CREATE TRIGGER `project_search_au` AFTER UPDATE ON `project_translations` BEGIN
  INSERT INTO project_search(project_search, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
  INSERT INTO project_search(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
