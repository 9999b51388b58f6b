import { describe, expect, it } from "vitest";
import type { MonthlyFrameworkCounts } from "@/db/queries/trends";
import { seriesSummary, shareWindow } from "@/lib/report/summary";

const month = (m: string, postings: number, pytorch: number, tensorflow: number): MonthlyFrameworkCounts => ({ month: m, postings, pytorch, tensorflow, jax: 0, keras: 0 });

describe("shareWindow and seriesSummary", () => {
  it("pools mentions over jobs with a Wilson interval", () => {
    const window = shareWindow([month("2026-01", 100, 30, 10), month("2026-02", 100, 50, 10)])!;
    expect(window).toMatchObject({ first: "2026-01", last: "2026-02", months: 2, n: 200 });
    const pytorch = window.shares.find((s) => s.framework === "pytorch")!;
    expect(pytorch.share).toBe(0.4);
    expect(pytorch.low).toBeLessThan(0.4);
    expect(pytorch.high).toBeGreaterThan(0.4);
  });

  it.each([
    [[], null, null],
    [[month("2026-01", 0, 0, 0)], null, null],
    [[month("2026-01", 10, 1, 1), month("2026-02", 10, 1, 1), month("2026-03", 10, 1, 1), month("2026-04", 10, 1, 1), month("2026-05", 10, 1, 1)], "2026-03", null],
    [[month("2026-01", 10, 1, 1), month("2026-02", 10, 1, 1), month("2026-03", 10, 1, 1), month("2026-04", 10, 1, 1), month("2026-05", 10, 1, 1), month("2026-06", 10, 1, 1)], "2026-04", "2026-01"],
  ])("recent window starts %s, earliest window only when it does not overlap (%#)", (rows, recentFirst, earliestFirst) => {
    const summary = seriesSummary(rows as MonthlyFrameworkCounts[]);
    expect(summary.recent?.first ?? null).toBe(recentFirst);
    expect(summary.earliest?.first ?? null).toBe(earliestFirst);
  });
});
