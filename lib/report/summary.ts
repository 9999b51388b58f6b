import type { MonthlyFrameworkCounts } from "@/db/queries/trends";
import { wilsonInterval } from "@/lib/stats/wilson";
import { FRAMEWORKS, type Framework } from "@/lib/taxonomy";

/** Months pooled at each end of a series. */
export const WINDOW_MONTHS = 3;
/** Below this many jobs in a group's recent window the group draws no conclusion. */
export const MIN_RECENT_JOBS = 30;

export type FrameworkShare = { framework: Framework; mentions: number; share: number; low: number; high: number };
export type ShareWindow = { first: string; last: string; months: number; n: number; shares: FrameworkShare[] };
export type SeriesSummary = { jobs: number; months: number; recent: ShareWindow | null; earliest: ShareWindow | null };

/** Pooled shares (mentions ÷ jobs) over the months given, each with its Wilson 95% interval. */
export function shareWindow(rows: readonly MonthlyFrameworkCounts[]): ShareWindow | null {
  const first = rows[0];
  const last = rows.at(-1);
  const n = rows.reduce((sum, row) => sum + row.postings, 0);
  if (!first || !last || n === 0) return null;
  const shares = FRAMEWORKS.map((framework) => {
    const mentions = rows.reduce((sum, row) => sum + row[framework], 0);
    return { framework, mentions, share: mentions / n, ...(wilsonInterval(mentions, n) ?? { low: 0, high: 0 }) };
  });
  return { first: first.month, last: last.month, months: rows.length, n, shares };
}

/** The last and the first WINDOW_MONTHS months with data (the first only when they do not overlap). */
export function seriesSummary(rows: readonly MonthlyFrameworkCounts[]): SeriesSummary {
  return {
    jobs: rows.reduce((sum, row) => sum + row.postings, 0),
    months: rows.length,
    recent: shareWindow(rows.slice(-WINDOW_MONTHS)),
    earliest: rows.length >= 2 * WINDOW_MONTHS ? shareWindow(rows.slice(0, WINDOW_MONTHS)) : null,
  };
}

export const shareOf = (window: ShareWindow, framework: Framework): FrameworkShare =>
  window.shares.find((s) => s.framework === framework) ?? { framework, mentions: 0, share: 0, low: 0, high: 0 };
