import type Database from "better-sqlite3";
import { cachedStatement } from "./statements";

// FTS5 writes a segment at the end of every statement that changed it, so postings indexed one
// insert at a time cost a segment each; indexed by one statement per batch they share one.
const DEFER = "insert into postings_fts_deferred (deferred) values (1)";
const RESUME = "delete from postings_fts_deferred";
const INDEX = "insert into postings_fts (rowid, title, company, description) select id, title, company, description from postings where id in (select value from json_each(?)) order by id";

const canDefer = new WeakMap<Database.Database, boolean>();

/**
 * Makes postings_fts_after_insert skip the postings inserted until `indexDeferred`, which must run in
 * the same transaction. False (nothing deferred, the trigger indexes as before) on a database
 * migrated only up to before 0012, which the ingest still writes to.
 */
export function deferPostingsFts(sqlite: Database.Database): boolean {
  let has = canDefer.get(sqlite);
  if (has === undefined) {
    has = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'postings_fts_deferred'").pluck().get() !== undefined;
    canDefer.set(sqlite, has);
  }
  if (has) cachedStatement(sqlite, DEFER).run();
  return has;
}

/** Indexes the postings inserted since `deferPostingsFts` (their ids) in one statement, and resumes the trigger. */
export function indexDeferred(sqlite: Database.Database, insertedIds: number[]): void {
  if (insertedIds.length) cachedStatement(sqlite, INDEX).run(JSON.stringify(insertedIds));
  cachedStatement(sqlite, RESUME).run();
}
