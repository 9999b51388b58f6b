import { SURVEY_CAVEAT, surveyCaveat, type SurveySource } from "@/lib/caveats";
import type { Column, Row } from "./streams";

/** A row of one chart: its own columns and the n its figures rest on (null where there is none, as for an annotation). */
export type ChartRow = Row & { n: number | null };

/** One chart or table of a page as exported: its rows and what they rest on, as its card states it. */
export type ChartExport<R extends ChartRow = ChartRow> = {
  /** The value of the `chart` column, and the key in the JSON `charts` object. */
  chart: string;
  title: string;
  /** The card's n and what it counts; a row's own n counts the same thing. */
  n: number;
  nUnit: string;
  /** What the value columns measure, and where the numbers come from. */
  unit: string;
  origin: string;
  /** The surveys the rows are built from; empty for job postings. */
  surveys: readonly SurveySource[];
  /** The chart's own columns, without `n` (every row has it). */
  columns: readonly Column<R>[];
  rows: readonly R[];
};

/** Shares and ratios to four decimals, as the exports have always written them. */
export const round4 = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : Number(value.toFixed(4)));

/** A chart's rows summed over one of their counts, for its card's n. */
export const sumOf = <R>(rows: readonly R[], count: (row: R) => number): number => rows.reduce((sum, row) => sum + count(row), 0);

/** The same chart-independent tail on every CSV row. */
const TAIL: Column[] = [
  { key: "n", header: "n" },
  { key: "nUnit", header: "n_unit" },
  { key: "unit", header: "unit" },
  { key: "origin", header: "origin" },
  { key: "caveat", header: "caveat" },
];

/**
 * `chart`, every chart's columns once in order of first use, then n, n_unit, unit, origin, caveat.
 * Charts share a column only under one header: one key named twice would put two measures in one column.
 */
export function chartColumns(charts: readonly ChartExport[]): Column[] {
  const own = new Map<string, Column>();
  for (const chart of charts) {
    for (const { key, header } of chart.columns) {
      const known = own.get(key);
      if (known && known.header !== header) throw new Error(`export chart ${chart.chart}: column ${key} is "${known.header}" in another chart, "${header}" here`);
      own.set(key, { key, header });
    }
  }
  return [{ key: "chart", header: "chart" }, ...own.values(), ...TAIL];
}

/** Every chart's rows in one table, each naming its chart and carrying its chart's unit, origin and the short survey caveat. */
export function* chartRows(charts: readonly ChartExport[]): Generator<Row> {
  for (const chart of charts) {
    const caveat = chart.surveys.length ? SURVEY_CAVEAT : null;
    for (const row of chart.rows) yield { chart: chart.chart, ...row, nUnit: chart.nUnit, unit: chart.unit, origin: chart.origin, caveat };
  }
}

/** A chart in the JSON export: its metadata, the long survey caveat, and its rows with only its own columns. */
export function chartJson(chart: ChartExport) {
  const keys = [...chart.columns.map((column) => column.key), "n"];
  return {
    title: chart.title,
    n: chart.n,
    nUnit: chart.nUnit,
    unit: chart.unit,
    origin: chart.origin,
    caveat: chart.surveys.length ? surveyCaveat(chart.surveys) : null,
    columns: [...chart.columns.map((column) => column.header), "n"],
    rows: chart.rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key] ?? null]))),
  };
}

/**
 * The header's caveat: the long form for every survey the view's rows rest on, naming the charts
 * it applies to when only some are survey-derived; null when none is.
 */
export function chartsCaveat(charts: readonly ChartExport[]): string | null {
  const survey = charts.filter((chart) => chart.surveys.length > 0);
  if (survey.length === 0) return null;
  const caveat = surveyCaveat(survey.flatMap((chart) => chart.surveys));
  return survey.length === charts.length ? caveat : `${caveat} Applies to the rows of: ${survey.map((chart) => chart.chart).join(", ")}.`;
}
