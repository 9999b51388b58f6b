import { describe, expect, it } from "vitest";
import { SURVEY_CAVEAT, surveyCaveat } from "@/lib/caveats";
import { chartColumns, chartRows, chartsCaveat, type ChartExport } from "@/lib/export/charts";

const chart = (name: string, columns: Array<[string, string]>, surveys: ChartExport["surveys"] = []): ChartExport => ({
  chart: name,
  title: name,
  n: 10,
  nUnit: "jobs",
  unit: "share",
  origin: "here",
  surveys,
  columns: columns.map(([key, header]) => ({ key, header })),
  rows: [{ ...Object.fromEntries(columns.map(([key]) => [key, `${name}-${key}`])), n: 10 }],
});

describe("charts in one export", () => {
  it("lists chart, each column once in order of first use, then the shared tail", () => {
    const columns = chartColumns([chart("a", [["month", "month"], ["share", "share"]]), chart("b", [["year", "year"], ["share", "share"]])]);
    expect(columns.map((c) => c.header)).toEqual(["chart", "month", "share", "year", "n", "n_unit", "unit", "origin", "caveat"]);
  });

  it("refuses one key under two headers: two measures would share a column", () => {
    expect(() => chartColumns([chart("a", [["respondents", "respondents"]]), chart("b", [["respondents", "respondents_naming_it"]])])).toThrow(/column respondents/);
  });

  it("puts the short survey caveat on survey rows only, and the chart's unit and origin on every row", () => {
    const rows = [...chartRows([chart("jobs", [["month", "month"]]), chart("survey", [["year", "year"]], ["so-survey"])])];
    expect(rows.map((row) => [row.chart, row.caveat, row.unit, row.origin])).toEqual([
      ["jobs", null, "share", "here"],
      ["survey", SURVEY_CAVEAT, "share", "here"],
    ]);
  });

  it.each([
    [[chart("a", [])], null],
    [[chart("a", [], ["so-survey"])], surveyCaveat(["so-survey"])],
    [[chart("a", []), chart("b", [], ["so-survey"]), chart("c", [], ["aijobs-salaries"])], `${surveyCaveat(["so-survey", "aijobs-salaries"])} Applies to the rows of: b, c.`],
  ])("header caveat %#", (charts, expected) => {
    expect(chartsCaveat(charts)).toBe(expected);
  });
});
