import { addMonths } from "@/lib/months";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { shareSeries, type MonthCounts } from "@/lib/trends/share-series";
import { FRAMEWORK_LABELS } from "./colors";
import { formatMonth } from "./format";

export type TrendChartRow = { month: string } & Record<string, string | number | null>;

/** A month's axis label, marked when an annotation falls on it. */
export function monthLabel(month: string, annotated: ReadonlySet<string>): string {
  return annotated.has(month) ? `${formatMonth(month)} ▲` : formatMonth(month);
}

/** Wide rows for Tremor: each framework's 3-month moving average per calendar month (gaps stay null). */
export function movingAverageRows(counts: readonly MonthCounts[], annotated: ReadonlySet<string> = new Set()): TrendChartRow[] {
  const series = FRAMEWORKS.map((framework) => [framework, shareSeries(counts, framework)] as const);
  const months = series[0]?.[1] ?? [];
  return months.map((point, i) => ({
    month: monthLabel(point.month, annotated),
    ...Object.fromEntries(series.map(([framework, points]) => [FRAMEWORK_LABELS[framework], points[i]?.movingAverage ?? null])),
  }));
}

/** Months with data whose calendar neighbours have none: a line chart cannot draw them. */
export function isolatedMonths(counts: readonly MonthCounts[]): string[] {
  const months = new Set(counts.filter((row) => row.postings > 0).map((row) => row.month));
  return [...months].filter((month) => !months.has(addMonths(month, -1)) && !months.has(addMonths(month, 1)));
}

/** Long rows `{bucket, series, value}` pivoted to Tremor's wide rows, buckets in first-seen order. */
export function pivotRows(rows: ReadonlyArray<{ bucket: string; series: string; value: number }>, bucketLabel: (bucket: string) => string = (b) => b): TrendChartRow[] {
  const byBucket = new Map<string, TrendChartRow>();
  for (const row of rows) {
    const wide = byBucket.get(row.bucket) ?? { month: bucketLabel(row.bucket) };
    wide[row.series] = row.value;
    byBucket.set(row.bucket, wide);
  }
  return [...byBucket.values()];
}
