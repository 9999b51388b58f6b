import type { Db } from "@/db/client";
import { derivedColumns } from "@/db/ingest/derived-columns";
import { applyRederived, type Rederived } from "@/db/ingest/reextract";
import { listPostingsWithRaw } from "@/db/queries/stored-postings";
import { normalise } from "@/lib/normalise/normalise";
import type { Progress } from "./scrape-source";

export type ReextractSummary = { checked: number; changed: number; failed: number; errors: string[] };

const PAGE = 1000;

/**
 * Reads every stored raw item again with the current extractors and rewrites only the postings whose
 * derived fields changed: a second run changes nothing. Each page is derived first, then written.
 */
export function reextractPostings(db: Db, progress: Progress = () => {}): ReextractSummary {
  const summary: ReextractSummary = { checked: 0, changed: 0, failed: 0, errors: [] };
  for (let afterId = 0; ; ) {
    const page = listPostingsWithRaw(db, afterId, PAGE);
    if (page.length === 0) break;
    const changed: Rederived[] = [];
    for (const row of page) {
      try {
        const posting = normalise(row.source, JSON.parse(row.body), { board: row.board });
        if (derivedColumns(posting).extractHash !== row.extractHash) changed.push({ id: row.id, postedAt: row.postedAt, posting });
      } catch (error) {
        summary.failed++;
        if (summary.errors.length < 20) summary.errors.push(`posting ${row.id} (${row.source}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (changed.length) applyRederived(db, changed);
    summary.checked += page.length;
    summary.changed += changed.length;
    afterId = page.at(-1)?.id ?? afterId;
    progress(`reextract: ${summary.checked} postings checked, ${summary.changed} changed, ${summary.failed} failed`);
  }
  return summary;
}
