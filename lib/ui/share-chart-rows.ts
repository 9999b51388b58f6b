import type { MonthlyFrameworkCounts } from "@/db/queries/trends";
import { addMonths } from "@/lib/months";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { FRAMEWORK_LABELS } from "./colors";
import { formatMonth } from "./format";

export type ShareChartRow = { month: string } & Record<string, string | number | null>;

/**
 * One row per calendar month from the first to the last month with data, shares as fractions.
 * Months without an ingested thread stay null, so the chart shows a gap instead of a straight line.
 */
export function shareChartRows(rows: MonthlyFrameworkCounts[]): ShareChartRow[] {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return [];
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const chart: ShareChartRow[] = [];
  for (let month = first.month; month <= last.month; month = addMonths(month, 1)) {
    const row = byMonth.get(month);
    chart.push({
      month: formatMonth(month),
      ...Object.fromEntries(FRAMEWORKS.map((f) => [FRAMEWORK_LABELS[f], row && row.postings > 0 ? row[f] / row.postings : null])),
    });
  }
  return chart;
}
