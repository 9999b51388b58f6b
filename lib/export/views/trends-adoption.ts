import "server-only";
import type { Db } from "@/db/client";
import { getIndeedAiShareByMonth, getPaperShareByYear, INDEED_AI_INFO, PAPERS_INFO, type IndeedFilter } from "@/db/queries/adoption";
import { getPaperShareByConference } from "@/db/queries/export-adoption";
import { getSupply, listSurveyYears, SUPPLY_SOURCE, supplyFilterSchema } from "@/db/queries/supply";
import { round4, sumOf, type ChartExport } from "../charts";

const PAPER_UNIT = "share (0–1) of the conference papers that mention the framework";

/** The card's n counts each year's papers once, not once per framework. */
const perYear = <R extends { year: string | number }>(rows: readonly R[], count: (row: R) => number) => sumOf([...new Map(rows.map((row) => [row.year, row])).values()], count);

/** /trends' research-paper card: each year's share pooled over its conferences; not filtered by month. */
export function papersChart(db: Db): ChartExport {
  const rows = getPaperShareByYear(db);
  return {
    chart: "papers",
    title: "Research papers mentioning each framework, by conference year (pooled over that year's conferences)",
    n: perYear(rows, (row) => row.total),
    nUnit: "conference papers",
    unit: PAPER_UNIT,
    origin: PAPERS_INFO.origin,
    surveys: [],
    columns: [
      { key: "year", header: "year" },
      { key: "framework", header: "framework" },
      { key: "papers", header: "papers" },
      { key: "share", header: "share" },
      { key: "conferences", header: "conferences" },
    ],
    rows: rows.map((row) => ({ year: row.year, framework: row.framework, papers: row.papers, share: round4(row.share), conferences: row.conferences, n: row.total })),
  };
}

/** What each year's pooled share is made of: the same papers per conference. */
export function papersByConferenceChart(db: Db): ChartExport {
  const rows = getPaperShareByConference(db);
  return {
    chart: "papers-by-conference",
    title: "Research papers mentioning each framework, per conference and year (the papers card pools these by year)",
    n: sumOf([...new Map(rows.map((row) => [`${row.year}|${row.conference}`, row])).values()], (row) => row.total),
    nUnit: "conference papers",
    unit: PAPER_UNIT,
    origin: PAPERS_INFO.origin,
    surveys: [],
    columns: [
      { key: "year", header: "year" },
      { key: "conference", header: "conference" },
      { key: "framework", header: "framework" },
      { key: "papers", header: "papers" },
      { key: "share", header: "share" },
    ],
    rows: rows.map((row) => ({ year: row.year, conference: row.conference, framework: row.framework, papers: row.papers, share: round4(row.share), n: row.total })),
  };
}

/** Indeed's AI/ML share of all postings per month and country, for the page's country and months. */
export function indeedChart(db: Db, filter: IndeedFilter): ChartExport {
  const rows = getIndeedAiShareByMonth(db, filter);
  return {
    chart: "indeed-ai-share",
    title: "Indeed postings mentioning AI or machine learning (monthly mean of daily shares); context, not framework demand",
    n: sumOf(rows, (row) => row.days),
    nUnit: "daily values",
    unit: `${INDEED_AI_INFO.unit} (monthly mean of the daily values)`,
    origin: INDEED_AI_INFO.origin,
    surveys: [],
    columns: [
      { key: "month", header: "month" },
      { key: "country", header: "country" },
      { key: "percent", header: "percent" },
    ],
    rows: rows.map((row) => ({ month: row.bucket, country: row.series, percent: round4(row.value), n: row.days })),
  };
}

/** Stack Overflow respondents who used each framework, every survey year, with the year's sample and 95% interval. */
export function surveyUsageChart(db: Db): ChartExport {
  const rows = listSurveyYears(db).flatMap((year) => getSupply(db, supplyFilterSchema.parse({ year, relation: "used" })));
  return {
    chart: "survey-usage",
    title: "Survey: developers who used each framework, by year",
    n: perYear(rows, (row) => row.sample),
    nUnit: "survey respondents",
    unit: "share (0–1) of the year's respondents who used the framework; 95% Wilson interval",
    origin: `Stack Overflow Developer Survey (${SUPPLY_SOURCE})`,
    surveys: [SUPPLY_SOURCE],
    columns: [
      { key: "year", header: "year" },
      { key: "framework", header: "framework" },
      { key: "respondents", header: "respondents" },
      { key: "share", header: "share" },
      { key: "shareLow", header: "share_low_95" },
      { key: "shareHigh", header: "share_high_95" },
    ],
    rows: rows.map((row) => ({ year: row.year, framework: row.framework, respondents: row.respondents, share: round4(row.share), shareLow: round4(row.shareLow), shareHigh: round4(row.shareHigh), n: row.sample })),
  };
}
