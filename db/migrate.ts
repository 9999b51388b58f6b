import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { Db } from "./client";
import { storageErrorOf } from "./storage-error";

// Scripts, tests and the server all run from the project root.
export const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

export function migrateDb(db: Db): void {
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  } catch (error) {
    throw storageErrorOf(error, db.$client.name) ?? error;
  }
}
