import "server-only";
import { overviewStrictParamsSchema, type OverviewParams } from "@/app/search-params";
import type { Db } from "@/db/client";
import { getJobSourceMix } from "@/db/queries/exports";
import { defaultPeriod, getOverviewTiles, type OverviewTiles } from "@/db/queries/overview";
import { SUPPLY_SOURCE } from "@/db/queries/supply";
import { getMonthlyFrameworkCounts } from "@/db/queries/trends";
import { strictPageParams } from "@/lib/api/search-params";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { checkMonthRange, parseSearchParams } from "@/lib/ui/search-params";
import { round4, sumOf, type ChartExport } from "../charts";
import { defineChartView, ready } from "../view";

const periodColumns = [
  { key: "periodFrom", header: "period_from" },
  { key: "periodTo", header: "period_to" },
] as const;

/** The tiles' jobs line: jobs mentioning each framework in the period, the period before, and the share of jobs naming any framework. */
function jobsTiles(overview: OverviewTiles | null): ChartExport {
  const period = overview ? { periodFrom: overview.period.from, periodTo: overview.period.to } : {};
  return {
    chart: "tiles-jobs",
    title: "Jobs mentioning each framework in the period, against the period of equal length before it",
    n: overview?.frameworkJobs ?? 0,
    nUnit: "distinct jobs naming any framework in the period",
    unit: "distinct jobs; share (0–1) of n",
    origin: "job postings, all sources",
    surveys: [],
    columns: [
      ...periodColumns,
      { key: "framework", header: "framework" },
      { key: "jobs", header: "jobs" },
      { key: "previousFrom", header: "previous_from" },
      { key: "previousTo", header: "previous_to" },
      { key: "previousJobs", header: "previous_jobs" },
      { key: "share", header: "share" },
    ],
    rows: (overview?.tiles ?? []).map((tile) => ({
      ...period,
      framework: tile.framework,
      jobs: tile.jobs,
      previousFrom: overview?.previous.from,
      previousTo: overview?.previous.to,
      previousJobs: tile.previousJobs,
      share: overview?.frameworkJobs ? round4(tile.jobs / overview.frameworkJobs) : null,
      n: overview?.frameworkJobs ?? 0,
    })),
  };
}

/** The tiles' pay line: median posted yearly pay in US dollars, empty where too few ranges. */
function payTiles(overview: OverviewTiles | null): ChartExport {
  const period = overview ? { periodFrom: overview.period.from, periodTo: overview.period.to } : {};
  return {
    chart: "tiles-pay",
    title: "Median posted pay per framework in the period",
    n: sumOf(overview?.tiles ?? [], (tile) => tile.payN),
    nUnit: "job ads with a US-dollar pay range",
    unit: "US dollars a year, median of the posted ranges' midpoints; empty when too few to show",
    origin: "job postings that state pay",
    surveys: [],
    columns: [...periodColumns, { key: "framework", header: "framework" }, { key: "medianUsd", header: "median_usd" }],
    rows: (overview?.tiles ?? []).map((tile) => ({ ...period, framework: tile.framework, medianUsd: tile.medianUsd === null ? null : Math.round(tile.medianUsd), n: tile.payN })),
  };
}

/** The tiles' survey line: share of the latest survey's respondents who used each framework. */
function surveyTiles(overview: OverviewTiles | null): ChartExport {
  const tiles = overview?.tiles ?? [];
  return {
    chart: "tiles-survey",
    title: "Survey use per framework, latest survey year",
    n: tiles[0]?.surveySample ?? 0,
    nUnit: "survey respondents",
    unit: "share (0–1) of the year's respondents who used the framework",
    origin: `Stack Overflow Developer Survey (${SUPPLY_SOURCE})`,
    surveys: [SUPPLY_SOURCE],
    columns: [
      { key: "year", header: "survey_year" },
      { key: "framework", header: "framework" },
      { key: "respondents", header: "respondents_using" },
      { key: "share", header: "share" },
    ],
    rows: tiles.map((tile) => ({ year: tile.surveyYear, framework: tile.framework, respondents: tile.surveyUsers, share: round4(tile.surveyShare), n: tile.surveySample })),
  };
}

/** The Hacker News chart and its counts table: jobs per monthly thread and those mentioning each framework. */
function hnShare(db: Db, params: OverviewParams): ChartExport {
  const counts = getMonthlyFrameworkCounts(db, { source: "hn", ...params });
  return {
    chart: "hn-share",
    title: "Hacker News “Who is hiring?”: share of postings mentioning each framework per monthly thread",
    n: sumOf(counts, (row) => row.postings),
    nUnit: "postings (distinct jobs)",
    unit: "share (0–1) of the month's postings that mention the framework",
    origin: "Hacker News “Who is hiring?” postings",
    surveys: [],
    columns: [
      { key: "month", header: "month" },
      { key: "framework", header: "framework" },
      { key: "mentions", header: "mentions" },
      { key: "share", header: "share" },
    ],
    rows: counts.flatMap((row) => FRAMEWORKS.map((framework) => ({ month: row.month, framework, mentions: row[framework], share: round4(row.postings ? row[framework] / row.postings : 0), n: row.postings }))),
  };
}

export const overviewView = defineChartView<OverviewParams>({
  name: "overview",
  title: "every figure of the overview: the headline tiles per framework (jobs, share, posted pay, survey use) and the Hacker News share by month",
  parse: (raw) => ready(strictPageParams(overviewStrictParamsSchema, raw, (given) => checkMonthRange(parseSearchParams(overviewStrictParamsSchema, given)))),
  filters: (params) => ({ from: params.from, to: params.to }),
  charts: (db, params) => {
    const period = defaultPeriod(db, params);
    const overview = period ? getOverviewTiles(db, period) : null;
    return [jobsTiles(overview), payTiles(overview), surveyTiles(overview), hnShare(db, params)];
  },
  sourceMix: (db, params, charts) => [
    ...getJobSourceMix(db, defaultPeriod(db, params) ?? params).map((s) => ({ source: s.source, count: s.jobs, unit: "jobs in the tiles' period" })),
    { source: SUPPLY_SOURCE, count: charts.find((chart) => chart.chart === "tiles-survey")?.n ?? 0, unit: "respondents" },
  ],
});
