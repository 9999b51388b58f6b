import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { readEnv } from "@/lib/env";
import { httpClientFromEnv } from "@/lib/http/from-env";
import { ALL_SOURCES, sourceByName } from "@/scrapers";
import { loadSourcesConfig } from "@/scrapers/config";
import { runSources } from "../run-sources";
import { scrapeReport } from "../scrape-report";
import { runCli } from "./run-cli";
import { parseScrapeArgs, SCRAPE_USAGE } from "./scrape-args";

async function main(): Promise<number> {
  let args;
  try {
    args = parseScrapeArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`scrape: ${error instanceof Error ? error.message : String(error)}\n${SCRAPE_USAGE}`);
    return 2;
  }
  const env = readEnv();
  const db = openDb(env.PULSE_DB);
  // Closed whatever happens: a full or read-only database ends the command with one line on stderr.
  try {
    migrateDb(db);
    const http = httpClientFromEnv(env);
    try {
      const sources = args.all ? ALL_SOURCES : ALL_SOURCES.filter((s) => s === sourceByName(args.source ?? ""));
      console.log(`scrape: ${sources.map((s) => s.name).join(", ")} into ${env.PULSE_DB}${env.PULSE_REPLAY_URL ? ` via replay ${env.PULSE_REPLAY_URL}` : " from the live web"}`);
      const config = loadSourcesConfig(env.PULSE_SOURCES_CONFIG);
      const summaries = await runSources({ db, http, sources, config, options: { from: args.from, to: args.to }, force: args.force, progress: (line) => console.log(line) });
      if (summaries.length) console.log(`\n${scrapeReport(db, summaries)}`);
      return summaries.length === sources.length && summaries.every((s) => s.status !== "failed") ? 0 : 1;
    } finally {
      await http.close();
    }
  } finally {
    db.$client.close();
  }
}

runCli("scrape", main);
