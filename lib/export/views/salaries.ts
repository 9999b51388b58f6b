import "server-only";
import { parseSalaryParams, salaryParamsSchema, type SalaryParams } from "@/app/salaries/search-params";
import type { Db } from "@/db/client";
import { ANY_FRAMEWORK, getSalaryBands, listSalarySurveyYears, MIN_BAND_N, SALARY_ORIGIN_NOTES, SALARY_ORIGINS, type SalaryBand, type SalaryOrigin } from "@/db/queries/salaries";
import { listSurveyYears } from "@/db/queries/supply";
import { strictRaw, withoutProblems } from "@/lib/api/search-params";
import type { SurveySource } from "@/lib/caveats";
import { sumOf, type ChartExport } from "../charts";
import { defineChartView } from "../view";

const ORIGIN_SOURCE: Record<SalaryOrigin, { source: string; unit: string; survey: SurveySource | null }> = {
  posted: { source: "postings", unit: "jobs with posted pay", survey: null },
  survey: { source: "so-survey", unit: "respondents who stated pay", survey: "so-survey" },
  "salary-survey": { source: "aijobs-salaries", unit: "salary reports", survey: "aijobs-salaries" },
};

const ORIGIN_CHARTS: Record<SalaryOrigin, { title: string; origin: string }> = {
  posted: { title: "Posted pay in job ads", origin: "job postings that state pay" },
  survey: { title: "Pay of Stack Overflow survey respondents", origin: "Stack Overflow Developer Survey (so-survey)" },
  "salary-survey": { title: "ai-jobs.net salary survey", origin: "ai-jobs.net salary survey (aijobs-salaries)" },
};

const money = (value: number | null) => (value === null ? null : Math.round(value));
const filterOf = (params: SalaryParams) => ({ origin: params.origin, framework: params.framework, role: params.role, seniority: params.seniority, region: params.region, year: params.year });
const originsOf = (params: SalaryParams) => (params.origin ? [params.origin] : [...SALARY_ORIGINS]);

/** Each origin's n as its card on /salaries states it: the selected framework (or any), unsplit. */
const originTotals = (db: Db, params: SalaryParams) => getSalaryBands(db, { ...filterOf(params), framework: params.framework ?? ANY_FRAMEWORK, by: [] });

/** One origin's card: its bands (the median chart draws the US-dollar p50s of these). */
function bandsChart(origin: SalaryOrigin, bands: readonly SalaryBand[], totals: readonly SalaryBand[]): ChartExport {
  const own = bands.filter((band) => band.origin === origin);
  const year = totals.find((band) => band.origin === origin)?.year ?? own[0]?.year;
  const survey = ORIGIN_SOURCE[origin].survey;
  return {
    chart: `bands-${origin}`,
    title: `${ORIGIN_CHARTS[origin].title}${year ? ` (${year})` : ""}`,
    n: sumOf(totals.filter((band) => band.origin === origin), (band) => band.n),
    nUnit: ORIGIN_SOURCE[origin].unit,
    unit: `yearly pay in the row's currency, p10 to p90; a band under ${MIN_BAND_N} figures is suppressed. ${SALARY_ORIGIN_NOTES[origin]}`,
    origin: ORIGIN_CHARTS[origin].origin,
    surveys: survey ? [survey] : [],
    columns: [
      { key: "year", header: "survey_year" },
      { key: "framework", header: "framework" },
      { key: "role", header: "role" },
      { key: "seniority", header: "seniority" },
      { key: "region", header: "region" },
      { key: "currency", header: "currency" },
      { key: "suppressed", header: "suppressed" },
      { key: "p10", header: "p10" },
      { key: "p25", header: "p25" },
      { key: "p50", header: "p50" },
      { key: "p75", header: "p75" },
      { key: "p90", header: "p90" },
    ],
    rows: own.map((band) => ({ ...band, p10: money(band.p10), p25: money(band.p25), p50: money(band.p50), p75: money(band.p75), p90: money(band.p90) })),
  };
}

export const salariesView = defineChartView<SalaryParams>({
  name: "salaries",
  title: "every card of /salaries: yearly pay bands (p10 to p90) per origin and framework; origins and currencies never pooled; thin bands suppressed",
  parse: (raw) => {
    const given = strictRaw(salaryParamsSchema, raw);
    return (db) => {
      const years = [...new Set([...listSurveyYears(db), ...listSalarySurveyYears(db)])].sort((a, b) => b - a);
      return withoutProblems(parseSalaryParams(given, years));
    };
  },
  filters: (params) => ({ ...filterOf(params), split: params.split }),
  charts: (db, params) => {
    const bands = getSalaryBands(db, { ...filterOf(params), by: params.split ? [params.split] : [] });
    const totals = originTotals(db, params);
    return originsOf(params).map((origin) => bandsChart(origin, bands, totals));
  },
  sourceMix: (_db, params, charts) => originsOf(params).map((origin) => ({ ...ORIGIN_SOURCE[origin], count: charts.find((chart) => chart.chart === `bands-${origin}`)?.n ?? 0 })),
});
