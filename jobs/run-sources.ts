import type { Db } from "@/db/client";
import type { HttpClient } from "@/lib/http/client";
import type { ScrapeOptions, Source } from "@/scrapers/types";
import { runSourceTick, type Progress, type RunSummary } from "./scrape-source";

export function formatSummary(summary: RunSummary): string {
  const c = summary.counts;
  const skipped = Object.entries(summary.skipped).map(([reason, n]) => `${n} ${reason}`);
  return (
    `${summary.source}: run #${summary.runId} ${summary.status.toUpperCase()} in ${summary.seconds.toFixed(1)} s — ` +
    `${c.fetched} postings fetched: ${c.newCount} new, ${c.updatedCount} updated, ${c.unchangedCount} unchanged; ` +
    `${c.failedCount} failed` +
    (skipped.length ? `; skipped ${skipped.join(", ")}` : "")
  );
}

/** Runs sources one after another; one source failing never stops the others. */
export async function runSources(db: Db, http: HttpClient, sources: readonly Source[], options: ScrapeOptions, progress: Progress): Promise<RunSummary[]> {
  const summaries: RunSummary[] = [];
  for (const source of sources) {
    try {
      const summary = await runSourceTick(db, http, source, options, progress);
      summaries.push(summary);
      progress(formatSummary(summary));
      for (const error of summary.errors) progress(`  ${error.kind}${error.status ? ` ${error.status}` : ""} ${error.url ?? ""}: ${error.message}`);
    } catch (error) {
      progress(`${source.name}: could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return summaries;
}
