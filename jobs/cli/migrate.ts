import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { readEnv } from "@/lib/env";

try {
  const env = readEnv();
  const db = openDb(env.PULSE_DB);
  migrateDb(db);
  db.$client.close();
  console.log(`db:migrate: ${env.PULSE_DB} is up to date`);
} catch (error) {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
