// The storage engine's limit: the final rows the pipeline wrote (raw documents, postings, labels),
// inserted again with plain better-sqlite3 prepared statements in one transaction into a fresh
// database of the same schema (its indexes and FTS triggers included). Only the inserts are timed:
// the rows are read from the pipeline's database in chunks outside the clock. `postings`: the
// first postings (the ones the pipeline wrote) with their raw documents and labels.
import fs from "node:fs";
import Database from "better-sqlite3";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";

const TABLES = ["raw_documents", "postings", "posting_frameworks", "posting_roles", "posting_use_cases", "posting_countries"] as const;
const CHUNK = 20_000;

export function rawInsertSeconds(from: string, to: string, postings: number): number {
  const target = openDb(to);
  migrateDb(target);
  target.$client.close();
  const db = new Database(to);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  const source = new Database(from, { readonly: true });
  const lastRaw = (source.prepare("select max(raw_document_id) as id from postings where id <= ?").get(postings) as { id: number }).id;
  const scope: Record<(typeof TABLES)[number], string> = {
    raw_documents: `id <= ${lastRaw}`,
    postings: `id <= ${postings}`,
    posting_frameworks: `posting_id <= ${postings}`,
    posting_roles: `posting_id <= ${postings}`,
    posting_use_cases: `posting_id <= ${postings}`,
    posting_countries: `posting_id <= ${postings}`,
  };
  let seconds = 0;
  try {
    db.exec("begin");
    for (const table of TABLES) {
      const columns = (source.prepare(`pragma table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
      const insert = db.prepare(`insert into ${table} (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`);
      const read = source.prepare(`select rowid, ${columns.join(", ")} from ${table} where rowid > ? and ${scope[table]} order by rowid limit ${CHUNK}`).raw();
      for (let after = 0; ; ) {
        const rows = (read.all(after) as unknown[][]).map((row) => ({ rowid: row[0] as number, values: row.slice(1) }));
        if (rows.length === 0) break;
        const started = performance.now();
        for (const row of rows) insert.run(row.values);
        seconds += (performance.now() - started) / 1000;
        after = rows.at(-1)!.rowid;
      }
    }
    const started = performance.now();
    db.exec("commit");
    seconds += (performance.now() - started) / 1000;
  } finally {
    source.close();
    db.close();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${to}${suffix}`, { force: true });
  }
  return seconds;
}
