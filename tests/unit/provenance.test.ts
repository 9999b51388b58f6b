import { describe, expect, it } from "vitest";
import { monthGaps } from "@/lib/provenance/month-gaps";
import { fidelityBySource } from "@/lib/provenance/snapshot-fidelity";

describe("monthGaps", () => {
  it.each([
    { months: [], gaps: [] },
    { months: ["2018-03"], gaps: [] },
    { months: ["2018-03", "2018-04", "2018-05"], gaps: [] },
    { months: ["2018-03", "2026-01"], gaps: [{ first: "2018-04", last: "2025-12", months: 93 }] },
    { months: ["2015-12", "2015-10", "2016-02", "2015-10"], gaps: [{ first: "2015-11", last: "2015-11", months: 1 }, { first: "2016-01", last: "2016-01", months: 1 }] },
  ])("$months", ({ months, gaps }) => {
    expect(monthGaps(months)).toEqual(gaps);
  });
});

describe("fidelityBySource", () => {
  it.each([
    {
      entries: [
        { url: "https://hn.algolia.com/api/v1/items/1", fidelity: "exact" as const },
        { url: "https://news.ycombinator.com/item?id=2", fidelity: "browser-saved" as const },
        { url: "https://news.ycombinator.com/item?id=3", fidelity: "browser-saved" as const },
        { url: "https://api.ashbyhq.com/posting-api/job-board/x", fidelity: "reformatted" as const },
        { url: "https://example.org/elsewhere", fidelity: "exact" as const },
      ],
      expected: { hn: { exact: 1, "browser-saved": 2 }, ashby: { reformatted: 1 } },
    },
    { entries: [], expected: {} },
  ])("counts $entries.length entries by source", ({ entries, expected }) => {
    expect(fidelityBySource(entries)).toEqual(expected);
  });
});
