import { describe, expect, it } from "vitest";
import { shareSeries } from "@/lib/trends/share-series";
import { CHART_BOX, intervalGeometry, niceShareMax } from "@/lib/ui/interval-chart-geometry";

const counts = (month: string, postings: number, pytorch: number) => ({ month, postings, pytorch, tensorflow: 0, jax: 0, keras: 0 });

describe("niceShareMax", () => {
  it.each([
    [0, 0.01],
    [0.004, 0.01],
    [0.03, 0.05],
    [0.05, 0.05],
    [0.21, 0.25],
    [0.6, 1],
    [1, 1],
  ])("%f → %f", (value, max) => {
    expect(niceShareMax(value)).toBe(max);
  });
});

describe("intervalGeometry", () => {
  const points = shareSeries([counts("2018-03", 862, 12), counts("2018-04", 800, 20), counts("2018-07", 700, 30)], "pytorch");

  it("marks every month with data, even an isolated one, and nothing for gaps", () => {
    const geometry = intervalGeometry(points);
    expect(geometry.marks.map((m) => m.month)).toEqual(["2018-03", "2018-04", "2018-07"]);
    for (const mark of geometry.marks) {
      expect(mark.high).toBeLessThanOrEqual(mark.y);
      expect(mark.low).toBeGreaterThanOrEqual(mark.y);
      expect(mark.low).toBeLessThanOrEqual(CHART_BOX.height - CHART_BOX.bottom);
    }
  });

  it("breaks the moving average at months without data", () => {
    expect(intervalGeometry(points).averageRuns.map((run) => run.length)).toEqual([2, 1]);
  });

  it("places months left to right inside the plot and knows where an annotation goes", () => {
    const geometry = intervalGeometry(points);
    const xs = points.map((p) => geometry.xOf(p.month) ?? NaN);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBeGreaterThan(CHART_BOX.left);
    expect(xs.at(-1)).toBeLessThan(CHART_BOX.width - CHART_BOX.right);
    expect(geometry.xOf("2017-01")).toBeNull();
  });

  it("draws nothing without data", () => {
    expect(intervalGeometry([])).toMatchObject({ marks: [], averageRuns: [], xTicks: [] });
  });
});
