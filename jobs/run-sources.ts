import type { Db } from "@/db/client";
import { StorageError } from "@/db/storage-error";
import type { HttpClient } from "@/lib/http/client";
import { isDataSource } from "@/lib/sources";
import { configFor, type SourcesConfig } from "@/scrapers/config";
import type { ScrapeOptions, Source } from "@/scrapers/types";
import { tooSoonToRead } from "./read-interval";
import { runSourceTick, type Progress, type RunSummary } from "./scrape-source";

export function formatSummary(summary: RunSummary): string {
  const c = summary.counts;
  const skipped = Object.entries(summary.skipped).map(([reason, n]) => `${n} ${reason}`);
  return (
    `${summary.source}: run #${summary.runId} ${summary.status.toUpperCase()} in ${summary.seconds.toFixed(1)} s — ` +
    `${c.fetched} ${isDataSource(summary.source) ? "rows" : "postings"} fetched: ${c.newCount} new, ${c.updatedCount} updated, ${c.unchangedCount} unchanged, ${c.closedCount} closed; ` +
    `${c.failedCount} failed` +
    (skipped.length ? `; skipped ${skipped.join(", ")}` : "")
  );
}

export type RunSourcesInput = {
  db: Db;
  http: HttpClient;
  sources: readonly Source[];
  config: SourcesConfig;
  options: ScrapeOptions | ((source: Source) => ScrapeOptions);
  progress: Progress;
  /** Read even a source whose notice asks for a longer interval since the last read. */
  force?: boolean;
};

/** Runs sources one after another; one source failing never stops the others. */
export async function runSources({ db, http, sources, config, options, progress, force = false }: RunSourcesInput): Promise<RunSummary[]> {
  const summaries: RunSummary[] = [];
  for (const source of sources) {
    const wait = force ? null : tooSoonToRead(db, source.name, new Date());
    if (wait) {
      progress(`${wait} (--force reads it anyway)`);
      continue;
    }
    try {
      const sourceOptions = typeof options === "function" ? options(source) : options;
      const summary = await runSourceTick({ db, http, source, config: configFor(config, source.name), options: sourceOptions, progress });
      summaries.push(summary);
      progress(formatSummary(summary));
      for (const error of summary.errors.slice(0, 20)) progress(`  ${error.kind}${error.status ? ` ${error.status}` : ""} ${error.url ?? ""}: ${error.message}`);
      if (summary.errors.length > 20) progress(`  … and ${summary.errors.length - 20} more (see scrape_runs.errors)`);
    } catch (error) {
      // A full, read-only or damaged database fails every source alike: stop and say so.
      if (error instanceof StorageError) throw error;
      progress(`${source.name}: could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return summaries;
}
