import { addMonths } from "@/lib/months";
import type { Framework } from "@/lib/taxonomy";
import { wilsonInterval } from "./wilson-interval";

/** Distinct jobs in a month and those mentioning each framework. */
export type MonthCounts = { month: string; postings: number } & Record<Framework, number>;

export type SharePoint = {
  month: string;
  /** Jobs in the month (0 for a calendar month without data). */
  n: number;
  mentions: number;
  share: number | null;
  lower: number | null;
  upper: number | null;
  /** Pooled over this month and the `window - 1` before it; null for a month without data. */
  movingAverage: number | null;
};

/**
 * One point per calendar month from the first month with data to the last, for one framework:
 * share, Wilson 95% interval and a trailing moving average pooled over the months that have data
 * (mentions ÷ jobs), so a thin month weighs less than a full one and gaps stay gaps.
 */
export function shareSeries(rows: readonly MonthCounts[], framework: Framework, window = 3): SharePoint[] {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return [];
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const points: SharePoint[] = [];
  for (let month = first.month; month <= last.month; month = addMonths(month, 1)) {
    const row = byMonth.get(month);
    const n = row?.postings ?? 0;
    const mentions = row?.[framework] ?? 0;
    const interval = wilsonInterval(mentions, n);
    let pooledJobs = 0;
    let pooledMentions = 0;
    for (let back = 0; back < window; back++) {
      const earlier = byMonth.get(addMonths(month, -back));
      pooledJobs += earlier?.postings ?? 0;
      pooledMentions += earlier?.[framework] ?? 0;
    }
    points.push({
      month,
      n,
      mentions,
      share: n > 0 ? mentions / n : null,
      lower: interval?.lower ?? null,
      upper: interval?.upper ?? null,
      movingAverage: n > 0 && pooledJobs > 0 ? pooledMentions / pooledJobs : null,
    });
  }
  return points;
}
