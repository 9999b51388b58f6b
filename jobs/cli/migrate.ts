import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { readEnv } from "@/lib/env";
import { runCli } from "./run-cli";

runCli("db:migrate", () => {
  const env = readEnv();
  const db = openDb(env.PULSE_DB);
  migrateDb(db);
  db.$client.close();
  console.log(`db:migrate: ${env.PULSE_DB} is up to date`);
  return 0;
});
