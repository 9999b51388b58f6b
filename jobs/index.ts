import cron from "node-cron";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { isSourceEnabled } from "@/db/queries/sources";
import { readEnv } from "@/lib/env";
import { httpClientFromEnv } from "@/lib/http/from-env";
import { ALL_SOURCES } from "@/scrapers";
import { formatSummary } from "./run-sources";
import { runSourceTick } from "./scrape-source";

// The worker: its own process, never the web server. Each source on its own UTC schedule, no overlap.
const env = readEnv();
const db = openDb(env.PULSE_DB);
migrateDb(db);
const http = httpClientFromEnv(env);
const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);

for (const source of ALL_SOURCES) {
  if (!cron.validate(source.schedule)) throw new Error(`source ${source.name} has an invalid schedule: ${source.schedule}`);
  cron.schedule(
    source.schedule,
    async () => {
      if (!isSourceEnabled(db, source.name)) return log(`${source.name}: disabled, skipped`);
      try {
        log(formatSummary(await runSourceTick(db, http, source, source.scheduledOptions(new Date()), log)));
      } catch (error) {
        log(`${source.name}: run failed to start: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    { name: source.name, timezone: "UTC", noOverlap: true },
  );
  log(`jobs: ${source.name} scheduled at "${source.schedule}" UTC`);
}

async function shutdown(signal: string) {
  log(`jobs: ${signal}, stopping`);
  for (const task of cron.getTasks().values()) await task.stop();
  await http.close();
  db.$client.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
