import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, type Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";

/** A fresh SQLite file migrated from the real migrations. */
export function createTempDb(): { db: Db; file: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-test-"));
  const file = path.join(dir, "pulse.db");
  const db = openDb(file);
  migrateDb(db);
  return {
    db,
    file,
    cleanup() {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
