import cron, { type ScheduledTask } from "node-cron";
import type { Db } from "@/db/client";
import { isSourceEnabled } from "@/db/queries/sources";
import type { HttpClient } from "@/lib/http/client";
import type { Source } from "@/scrapers/types";
import { formatSummary } from "./run-sources";
import { runSourceTick, type Progress } from "./scrape-source";

/** Each source on its own UTC cron expression; a source's next tick waits while its run is still going. */
export function scheduleSources(db: Db, http: HttpClient, sources: readonly Source[], log: Progress): ScheduledTask[] {
  return sources.map((source) => {
    if (!cron.validate(source.schedule)) throw new Error(`source ${source.name} has an invalid schedule: ${source.schedule}`);
    const task = cron.schedule(
      source.schedule,
      async () => {
        if (!isSourceEnabled(db, source.name)) return log(`${source.name}: disabled, skipped`);
        try {
          log(formatSummary(await runSourceTick(db, http, source, source.scheduledOptions(new Date()), log)));
        } catch (error) {
          // One source failing never stops the others: log it and wait for the next tick.
          log(`${source.name}: run failed to start: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
      { name: source.name, timezone: "UTC", noOverlap: true },
    );
    log(`jobs: ${source.name} scheduled at "${source.schedule}" UTC`);
    return task;
  });
}
