import "server-only";
import { parseTrendsParams, trendsParamsSchema, type TrendsParams } from "@/app/trends/search-params";
import type { Db } from "@/db/client";
import { getJobSourceMix } from "@/db/queries/exports";
import { SUPPLY_SOURCE } from "@/db/queries/supply";
import { getGroupFirstRuns, getGroupMonthlyFrameworkCounts, getGroupSourceStarts, type MonthlyFrameworkCounts } from "@/db/queries/trends";
import { strictPageParams } from "@/lib/api/search-params";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { seriesAnnotations } from "@/lib/trends/annotations";
import { shareSeries } from "@/lib/trends/share-series";
import { SOURCE_GROUP_LABELS, SOURCE_GROUPS, type SourceGroup } from "@/lib/trends/source-groups";
import { round4, sumOf, type ChartExport } from "../charts";
import { ready, defineChartView } from "../view";
import { indeedChart, papersByConferenceChart, papersChart, surveyUsageChart } from "./trends-adoption";

// The header's source mix names each non-posting chart by its source.
const CHART_SOURCES: Array<[chart: string, source: string]> = [
  ["papers", "pytorch-vs-tensorflow (papers)"],
  ["indeed-ai-share", "Indeed Hiring Lab"],
  ["survey-usage", SUPPLY_SOURCE],
];

/**
 * A group's moving-average chart, interval chart and counts table in one: every framework per
 * month with data (the page draws the interval of one, chosen by `framework`).
 */
function shareChart(group: SourceGroup, counts: readonly MonthlyFrameworkCounts[]): ChartExport {
  const series = FRAMEWORKS.map((framework) => ({ framework, points: shareSeries(counts, framework) }));
  const rows = (series[0]?.points ?? []).flatMap((point, at) =>
    point.n === 0
      ? []
      : series.map(({ framework, points }) => {
          const p = points[at]!;
          return { month: p.month, framework, mentions: p.mentions, share: round4(p.share), shareLow: round4(p.lower), shareHigh: round4(p.upper), movingAverage3m: round4(p.movingAverage), n: p.n };
        }),
  );
  return {
    chart: `share-${group}`,
    title: `${SOURCE_GROUP_LABELS[group]}: share of jobs mentioning each framework per month, with its 95% Wilson interval and 3-month moving average`,
    n: sumOf(counts, (row) => row.postings),
    nUnit: "distinct jobs",
    unit: "share (0–1) of the month's distinct jobs that mention the framework; moving average pooled over the month and the two before it",
    origin: `${SOURCE_GROUP_LABELS[group]} postings`,
    surveys: [],
    columns: [
      { key: "month", header: "month" },
      { key: "framework", header: "framework" },
      { key: "mentions", header: "mentions" },
      { key: "share", header: "share" },
      { key: "shareLow", header: "share_low_95" },
      { key: "shareHigh", header: "share_high_95" },
      { key: "movingAverage3m", header: "moving_average_3m" },
    ],
    rows,
  };
}

/** Where a group's method or source mix changes within the months shown (▲ on the page's charts). */
function annotationsChart(db: Db, group: SourceGroup, counts: readonly MonthlyFrameworkCounts[]): ChartExport {
  const starts = getGroupSourceStarts(db, { group });
  const annotations = seriesAnnotations(counts, starts, group === "boards" ? getGroupFirstRuns(db, { group }) : []);
  return {
    chart: `annotations-${group}`,
    title: `${SOURCE_GROUP_LABELS[group]}: where the method or the source mix changes`,
    n: annotations.length,
    nUnit: "annotations",
    unit: "a month and what changes from it",
    origin: `${SOURCE_GROUP_LABELS[group]} postings and scrape runs`,
    surveys: [],
    columns: [
      { key: "month", header: "month" },
      { key: "note", header: "note" },
    ],
    rows: annotations.map((a) => ({ month: a.month, note: a.text, n: null })),
  };
}

export const trendsView = defineChartView<TrendsParams>({
  name: "trends",
  title: "every chart of /trends: framework share of jobs per month (Hacker News and job boards apart) with annotations; research papers; Indeed AI share; survey use",
  parse: (raw) => ready(strictPageParams(trendsParamsSchema, raw, parseTrendsParams)),
  // `framework` only chooses which interval the page draws: every framework is exported.
  filters: (params) => ({ from: params.from, to: params.to, country: params.country }),
  charts: (db, params) => {
    const range = { from: params.from, to: params.to };
    return [
      ...SOURCE_GROUPS.flatMap((group) => {
        const counts = getGroupMonthlyFrameworkCounts(db, { group, ...range });
        return [shareChart(group, counts), annotationsChart(db, group, counts)];
      }),
      papersChart(db),
      papersByConferenceChart(db),
      indeedChart(db, { country: params.country, ...range }),
      surveyUsageChart(db),
    ];
  },
  sourceMix: (db, params, charts) => [
    ...getJobSourceMix(db, params).map((s) => ({ source: s.source, count: s.jobs, unit: "jobs" })),
    ...CHART_SOURCES.flatMap(([name, source]) => charts.filter((chart) => chart.chart === name && chart.n > 0).map((chart) => ({ source, count: chart.n, unit: chart.nUnit }))),
  ],
});
