import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { readEnv } from "@/lib/env";
import { httpClientFromEnv } from "@/lib/http/from-env";
import { ALL_SOURCES } from "@/scrapers";
import { loadSourcesConfig } from "@/scrapers/config";
import { scheduleSources } from "./scheduler";
import { scheduleWeeklyReport } from "./weekly-report";

// The worker: its own process, never the web server.
const env = readEnv();
const db = openDb(env.PULSE_DB);
migrateDb(db);
const http = httpClientFromEnv(env);
const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
const tasks = scheduleSources(db, http, ALL_SOURCES, loadSourcesConfig(env.PULSE_SOURCES_CONFIG), log);
tasks.push(scheduleWeeklyReport(env, log));

async function shutdown(signal: string) {
  log(`jobs: ${signal}, stopping`);
  for (const task of tasks) await task.stop();
  await http.close();
  db.$client.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
