import { METHODOLOGY_VERSION } from "@/lib/methodology";

/** One source's share of what an export rests on: `count` items of `unit` (jobs, respondents). */
export type SourceShare = { source: string; count: number; unit: string };

/** Filter values as applied, defaults included, so the header says exactly what was selected. */
export type AppliedFilters = Record<string, string | number | readonly string[] | undefined>;

/** What every export and API answer says about itself. */
export type ExportMeta = {
  view: string;
  title: string;
  filters: AppliedFilters;
  sourceMix: SourceShare[];
  methodologyVersion: string;
  exportedAt: string;
  /** The survey caveat, for views built from survey rows; null otherwise. */
  caveat: string | null;
};

export function exportMeta(input: Omit<ExportMeta, "methodologyVersion" | "exportedAt" | "caveat"> & { now: Date; caveat?: string | null }): ExportMeta {
  const { now, caveat, ...rest } = input;
  return { ...rest, methodologyVersion: METHODOLOGY_VERSION, exportedAt: now.toISOString(), caveat: caveat ?? null };
}

/** `source=hn; from=2018-03; to=(all)`: every filter, unset ones as "(all)". */
export function describeFilters(filters: AppliedFilters): string {
  const parts = Object.entries(filters).map(([key, value]) => {
    const shown = value === undefined || (Array.isArray(value) && value.length === 0) ? "(all)" : Array.isArray(value) ? value.join("|") : String(value);
    return `${key}=${shown}`;
  });
  return parts.length ? parts.join("; ") : "(none)";
}

/** `hn: 1,234 jobs; ashby: 56 jobs`, or a plain "no rows" for an empty selection. */
export function describeSourceMix(mix: readonly SourceShare[]): string {
  if (mix.length === 0) return "no rows for this selection";
  return mix.map((share) => `${share.source}: ${share.count} ${share.unit}`).join("; ");
}

/**
 * Always this many header lines before the column row, so a reader can skip them by count
 * (csv-parse `from_line: 7`, pandas `skiprows=6`); a `#` comment option would also cut rows
 * whose text holds a `#`.
 */
export const CSV_META_LINES = 6;

export const NO_CAVEAT = "none: built from job postings, not surveys";

/** The header lines of a CSV export: two-cell rows, label first, shown above the table in a spreadsheet. */
export function metaCsvRows(meta: ExportMeta): Array<[string, string]> {
  // One physical line each, whatever a filter value holds.
  const line = (text: string) => text.replace(/\s+/g, " ");
  return [
    ["#Framework Pulse export", line(`${meta.view}: ${meta.title}`)],
    ["#filters", line(describeFilters(meta.filters))],
    ["#source mix", line(describeSourceMix(meta.sourceMix))],
    ["#methodology version", meta.methodologyVersion],
    ["#exported at", meta.exportedAt],
    ["#caveat", line(meta.caveat ?? NO_CAVEAT)],
  ];
}
