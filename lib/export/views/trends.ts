import "server-only";
import { parseTrendsParams, trendsParamsSchema, type TrendsParams } from "@/app/trends/search-params";
import { getJobSourceMix } from "@/db/queries/exports";
import { getGroupMonthlyFrameworkCounts } from "@/db/queries/trends";
import { strictPageParams } from "@/lib/api/search-params";
import { FRAMEWORKS, type Framework } from "@/lib/taxonomy";
import { shareSeries } from "@/lib/trends/share-series";
import { SOURCE_GROUPS, type SourceGroup } from "@/lib/trends/source-groups";
import type { Db } from "@/db/client";
import { defineView, ready } from "../view";

export type TrendExportRow = {
  group: SourceGroup;
  month: string;
  jobs: number;
  framework: Framework;
  mentions: number;
  share: number | null;
  shareLow: number | null;
  shareHigh: number | null;
  movingAverage3m: number | null;
};

const round = (value: number | null) => (value === null ? null : Number(value.toFixed(4)));

/** The numbers of /trends' tables: per series group, month with data and framework. */
export function trendRows(db: Db, range: { from?: string; to?: string }): TrendExportRow[] {
  return SOURCE_GROUPS.flatMap((group) => {
    const counts = getGroupMonthlyFrameworkCounts(db, { group, ...range });
    const series = FRAMEWORKS.map((framework) => ({ framework, points: shareSeries(counts, framework) }));
    return (series[0]?.points ?? []).flatMap((point, at) =>
      point.n === 0
        ? []
        : series.map(({ framework, points }) => {
            const p = points[at]!;
            return { group, month: p.month, jobs: p.n, framework, mentions: p.mentions, share: round(p.share), shareLow: round(p.lower), shareHigh: round(p.upper), movingAverage3m: round(p.movingAverage) };
          }),
    );
  });
}

export const trendsView = defineView<TrendsParams, TrendExportRow>({
  name: "trends",
  title: "share of distinct jobs mentioning each framework per month; Hacker News and job boards kept apart",
  parse: (raw) => ready(strictPageParams(trendsParamsSchema, raw, parseTrendsParams)),
  columns: [
    { key: "group", header: "group" },
    { key: "month", header: "month" },
    { key: "jobs", header: "jobs" },
    { key: "framework", header: "framework" },
    { key: "mentions", header: "mentions" },
    { key: "share", header: "share" },
    { key: "shareLow", header: "share_low_95" },
    { key: "shareHigh", header: "share_high_95" },
    { key: "movingAverage3m", header: "moving_average_3m" },
  ],
  // `framework` and `country` only choose what the page draws: every framework is exported.
  filters: (params) => ({ from: params.from, to: params.to }),
  sourceMix: (db, params) => getJobSourceMix(db, params).map((s) => ({ source: s.source, count: s.jobs, unit: "jobs" })),
  // A few hundred rows at most (months × frameworks × 2 groups): built from the page's aggregates.
  open: (db, params) => ({ rows: trendRows(db, params)[Symbol.iterator]() }),
});
