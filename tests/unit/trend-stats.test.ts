import { describe, expect, it } from "vitest";
import { trendAnnotations } from "@/lib/trends/annotations";
import { shareSeries, type MonthCounts } from "@/lib/trends/share-series";

const month = (m: string, postings: number, pytorch: number): MonthCounts => ({ month: m, postings, pytorch, tensorflow: 0, jax: 0, keras: 0 });

describe("shareSeries", () => {
  it.each([
    {
      name: "pools the moving average over the month and the two before it",
      rows: [month("2020-01", 100, 10), month("2020-02", 100, 20), month("2020-03", 200, 60)],
      expected: [
        { month: "2020-01", n: 100, share: 0.1, movingAverage: 0.1 },
        { month: "2020-02", n: 100, share: 0.2, movingAverage: 0.15 },
        { month: "2020-03", n: 200, share: 0.3, movingAverage: 90 / 400 },
      ],
    },
    {
      name: "leaves a month without data as a gap and pools only months that have data",
      rows: [month("2020-01", 100, 10), month("2020-03", 50, 20), month("2020-05", 10, 0)],
      expected: [
        { month: "2020-01", n: 100, share: 0.1, movingAverage: 0.1 },
        { month: "2020-02", n: 0, share: null, movingAverage: null, lower: null, upper: null },
        { month: "2020-03", n: 50, share: 0.4, movingAverage: 30 / 150 },
        { month: "2020-04", n: 0, share: null, movingAverage: null },
        { month: "2020-05", n: 10, share: 0, movingAverage: 20 / 60 },
      ],
    },
    { name: "is empty without data", rows: [], expected: [] },
  ])("$name", ({ rows, expected }) => {
    const points = shareSeries(rows, "pytorch");
    expect(points).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const got = points[i];
      expect(got?.month).toBe(want.month);
      expect(got?.n).toBe(want.n);
      for (const key of ["share", "movingAverage", "lower", "upper"] as const) {
        if (!(key in want)) continue;
        const value = (want as Partial<Record<string, string | number | null>>)[key];
        if (value === null) expect(got?.[key]).toBeNull();
        else expect(got?.[key]).toBeCloseTo(Number(value), 10);
      }
    });
  });

  it("puts the share inside its interval", () => {
    const [point] = shareSeries([month("2021-06", 40, 7)], "pytorch");
    expect(point?.lower).toBeLessThan(point?.share ?? 0);
    expect(point?.upper).toBeGreaterThan(point?.share ?? 1);
  });
});

describe("trendAnnotations", () => {
  const starts = [
    { source: "ashby", label: "Ashby", month: "2023-12" },
    { source: "remotive", label: "Remotive", month: "2026-07" },
  ];
  it.each([
    {
      name: "HN from 2011: the Lua Torch rule only",
      input: { range: { first: "2011-04", last: "2026-01" }, sourceStarts: [{ source: "hn", label: "HN", month: "2011-04" }], firstRuns: [] },
      months: ["2017-01"],
    },
    {
      name: "HN after 2017: nothing to note",
      input: { range: { first: "2018-03", last: "2026-01" }, sourceStarts: [{ source: "hn", label: "HN", month: "2018-03" }], firstRuns: [] },
      months: [],
    },
    {
      name: "boards: a later source joining and a first read inside the range",
      input: { range: { first: "2023-12", last: "2026-10" }, sourceStarts: starts, firstRuns: [{ source: "ashby", label: "Ashby", month: "2025-10" }] },
      months: ["2025-10", "2026-07"],
    },
    {
      name: "boards: first reads after the last month are not shown",
      input: { range: { first: "2023-12", last: "2026-10" }, sourceStarts: starts.slice(0, 1), firstRuns: [{ source: "ashby", label: "Ashby", month: "2026-11" }] },
      months: [],
    },
  ])("$name", ({ input, months }) => {
    expect(trendAnnotations(input).map((note) => note.month)).toEqual(months);
  });
});
