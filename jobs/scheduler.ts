import cron, { type ScheduledTask } from "node-cron";
import type { Db } from "@/db/client";
import { isSourceEnabled } from "@/db/queries/sources";
import type { HttpClient } from "@/lib/http/client";
import { configFor, type SourcesConfig } from "@/scrapers/config";
import type { Source } from "@/scrapers/types";
import { tooSoonToRead } from "./read-interval";
import { formatSummary } from "./run-sources";
import { runSourceTick, type Progress } from "./scrape-source";

/** Each source on its own UTC cron expression; a source's next tick waits while its run is still going. */
export function scheduleSources(db: Db, http: HttpClient, sources: readonly Source[], config: SourcesConfig, log: Progress): ScheduledTask[] {
  const enabled = sources.filter((source) => configFor(config, source.name).enabled);
  for (const source of enabled) {
    const { schedule } = configFor(config, source.name);
    if (!cron.validate(schedule)) throw new Error(`source ${source.name} has an invalid schedule: ${schedule}`);
  }
  return enabled.map((source) => {
    const sourceConfig = configFor(config, source.name);
    const task = cron.schedule(
      sourceConfig.schedule,
      async () => {
        if (!isSourceEnabled(db, source.name)) return log(`${source.name}: disabled, skipped`);
        const now = new Date();
        const wait = tooSoonToRead(db, source.name, now);
        if (wait) return log(wait);
        try {
          log(formatSummary(await runSourceTick({ db, http, source, config: sourceConfig, options: source.scheduledOptions(now), progress: log, now })));
        } catch (error) {
          // One source failing never stops the others: log it and wait for the next tick.
          log(`${source.name}: run failed to start: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
      { name: source.name, timezone: "UTC", noOverlap: true },
    );
    log(`jobs: ${source.name} scheduled at "${sourceConfig.schedule}" UTC`);
    return task;
  });
}
