import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";
import { storageErrorOf } from "./storage-error";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDb(file: string, options: { readonly?: boolean } = {}): Db {
  if (options.readonly && !fs.existsSync(file)) throw new Error(`no database at ${file}: run \`npm run demo\` or \`npm run scrape -- --all\` first`);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  try {
    const sqlite = new Database(file, { readonly: options.readonly ?? false });
    // Readers keep answering while the worker writes; a busy writer is waited for, not surfaced.
    if (!options.readonly) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("synchronous = NORMAL");
    return drizzle(sqlite, { schema });
  } catch (error) {
    throw storageErrorOf(error, file) ?? error;
  }
}
