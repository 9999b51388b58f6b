import { openDb } from "@/db/client";
import { RunInProgressError } from "@/db/ingest/runs";
import { tooSoonToRead } from "@/jobs/read-interval";
import { formatSummary } from "@/jobs/run-sources";
import { runSourceTick } from "@/jobs/scrape-source";
import { InvalidParametersError } from "@/lib/api/errors";
import type { Env } from "@/lib/env";
import { httpClientFromEnv } from "@/lib/http/from-env";
import { sourceByName } from "@/scrapers";
import { configFor, loadSourcesConfig } from "@/scrapers/config";
import { RunInProgressConflict, TooSoonConflict } from "./errors";
import type { ScrapeRequest } from "./scrape-request";

export type AdminScrapeAnswer = {
  run: { id: number; source: string; status: string; counts: Record<string, number>; errors: number; seconds: number };
};

/**
 * One run of one configured source, as `npm run scrape -- --source X` makes it, on a connection of
 * its own; answers once the run has ended. A source's live run, or its notice, is a 409.
 */
export async function runAdminScrape({ source: name, from, to, force }: ScrapeRequest, env: Env): Promise<AdminScrapeAnswer> {
  const config = loadSourcesConfig(env.PULSE_SOURCES_CONFIG);
  const configured = Object.keys(config).filter((key) => sourceByName(key));
  const source = configured.includes(name) ? sourceByName(name) : undefined;
  if (!source) throw new InvalidParametersError([{ param: "source", message: `not a configured source; one of ${configured.join(", ")}` }]);
  const db = openDb(env.PULSE_DB);
  const http = httpClientFromEnv(env);
  try {
    const wait = force ? null : tooSoonToRead(db, source.name, new Date());
    if (wait) throw new TooSoonConflict(`${wait} (send "force": true to read it anyway)`);
    const summary = await runSourceTick({ db, http, source, config: configFor(config, source.name), options: { from, to } });
    console.log(`admin scrape: ${formatSummary(summary)}`);
    const { runId, status, counts, errors, seconds } = summary;
    return { run: { id: runId, source: source.name, status, counts, errors: errors.length, seconds } };
  } catch (error) {
    throw error instanceof RunInProgressError ? new RunInProgressConflict(error.message) : error;
  } finally {
    await http.close();
    db.$client.close();
  }
}
