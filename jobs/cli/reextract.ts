import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { readEnv } from "@/lib/env";
import { reextractPostings } from "../reextract";
import { runCli } from "./run-cli";

runCli("reextract", () => {
  const env = readEnv();
  const db = openDb(env.PULSE_DB);
  migrateDb(db);
  const summary = reextractPostings(db, (line) => console.log(line));
  for (const error of summary.errors) console.error(`  ${error}`);
  db.$client.close();
  console.log(`reextract: done — ${summary.checked} checked, ${summary.changed} rewritten with the current extractors, ${summary.failed} failed`);
  return summary.failed > 0 ? 1 : 0;
});
