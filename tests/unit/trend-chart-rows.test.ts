import { describe, expect, it } from "vitest";
import { isolatedMonths, movingAverageRows, pivotRows } from "@/lib/ui/trend-chart-rows";

const counts = (month: string, postings: number, pytorch: number, tensorflow: number) => ({ month, postings, pytorch, tensorflow, jax: 0, keras: 0 });

describe("trend chart rows", () => {
  it.each([
    {
      name: "one row per calendar month, gaps null, annotated months marked",
      rows: [counts("2016-12", 10, 0, 5), counts("2017-02", 10, 2, 4)],
      annotated: new Set(["2017-01"]),
      expected: [
        { month: "Dec 2016", PyTorch: 0, TensorFlow: 0.5 },
        { month: "Jan 2017 ▲", PyTorch: null, TensorFlow: null },
        { month: "Feb 2017", PyTorch: 0.1, TensorFlow: 0.45 },
      ],
    },
    { name: "nothing without data", rows: [], annotated: new Set<string>(), expected: [] },
  ])("movingAverageRows: $name", ({ rows, annotated, expected }) => {
    const chart = movingAverageRows(rows, annotated);
    expect(chart).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(chart[i]).toMatchObject(want));
  });

  it.each([
    [[counts("2018-03", 10, 1, 1), counts("2026-01", 10, 1, 1)], ["2018-03", "2026-01"]],
    [[counts("2018-03", 10, 1, 1), counts("2018-04", 10, 1, 1), counts("2018-06", 5, 0, 0)], ["2018-06"]],
    [[counts("2018-03", 0, 0, 0)], []],
  ])("isolatedMonths %#", (rows, months) => {
    expect(isolatedMonths(rows)).toEqual(months);
  });

  it.each([
    {
      rows: [
        { bucket: "2024-01", series: "US", value: 3 },
        { bucket: "2024-01", series: "DE", value: 2 },
        { bucket: "2024-02", series: "US", value: 4 },
      ],
      expected: [{ month: "2024-01", US: 3, DE: 2 }, { month: "2024-02", US: 4 }],
    },
    { rows: [], expected: [] },
  ])("pivotRows %#", ({ rows, expected }) => {
    expect(pivotRows(rows)).toEqual(expected);
  });
});
