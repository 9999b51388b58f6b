import type { Db } from "@/db/client";
import { countJobGroups, getPostingCountsByCompany } from "@/db/queries/posting-counts";
import { formatTable } from "@/lib/text/table";
import type { RunSummary } from "./scrape-source";

// Sources with many small companies (HN, feeds) get one line; boards get a line per company.
const MAX_COMPANY_LINES = 40;

/** What a run left in the database: per source (fetched, rejected, stored) and per company. */
export function scrapeReport(db: Db, summaries: RunSummary[]): string {
  const sources = summaries.map((s) => s.source);
  const rows = getPostingCountsByCompany(db, sources);
  const bySource = summaries.map((summary) => {
    const own = rows.filter((row) => row.source === summary.source);
    const open = own.reduce((sum, row) => sum + row.open, 0);
    const closed = own.reduce((sum, row) => sum + row.closed, 0);
    return [summary.source, summary.status, summary.counts.fetched, summary.skipped.invalid ?? 0, own.length, open, closed];
  });
  const parts = [formatTable(["source", "run", "fetched", "rejected", "companies", "open", "closed"], bySource)];
  const perCompany = rows.filter((row) => rows.filter((r) => r.source === row.source).length <= MAX_COMPANY_LINES);
  if (perCompany.length) {
    parts.push(formatTable(["source", "company", "open", "closed"], perCompany.map((r) => [r.source, r.company ?? "(unknown)", r.open, r.closed])));
  }
  const groups = countJobGroups(db, sources);
  parts.push(`${groups.postings} postings stored for these sources form ${groups.groups} distinct jobs after linking duplicates`);
  return parts.join("\n\n");
}
