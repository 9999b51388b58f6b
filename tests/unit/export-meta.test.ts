import { describe, expect, it } from "vitest";
import { CSV_META_LINES, describeFilters, describeSourceMix, exportMeta, metaCsvRows, NO_CAVEAT } from "@/lib/export/meta";
import { METHODOLOGY_VERSION } from "@/lib/methodology";

describe("export header", () => {
  it.each([
    [{ source: "hn", from: "2018-03", to: undefined }, "source=hn; from=2018-03; to=(all)"],
    [{ framework: ["pytorch", "jax"], status: "open" }, "framework=pytorch|jax; status=open"],
    [{ framework: [] }, "framework=(all)"],
    [{}, "(none)"],
  ])("describes the filters %j", (filters, expected) => {
    expect(describeFilters(filters)).toBe(expected);
  });

  it.each([
    [[], "no rows for this selection"],
    [[{ source: "hn", count: 12, unit: "jobs" }, { source: "ashby", count: 3, unit: "jobs" }], "hn: 12 jobs; ashby: 3 jobs"],
  ])("describes the source mix %j", (mix, expected) => {
    expect(describeSourceMix(mix)).toBe(expected);
  });

  it("names view, filters, sources, methodology version and time, and the caveat or that there is none", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    const base = { view: "trends", title: "t", filters: { source: "hn" }, sourceMix: [{ source: "hn", count: 5, unit: "jobs" }], now };
    const rows = metaCsvRows(exportMeta(base));
    expect(rows).toEqual([
      ["#Framework Pulse export", "trends: t"],
      ["#filters", "source=hn"],
      ["#source mix", "hn: 5 jobs"],
      ["#methodology version", METHODOLOGY_VERSION],
      ["#exported at", "2026-11-26T12:00:00.000Z"],
      ["#caveat", NO_CAVEAT],
    ]);
    expect(metaCsvRows(exportMeta({ ...base, caveat: "Survey data." }))).toHaveLength(CSV_META_LINES);
    expect(metaCsvRows(exportMeta({ ...base, caveat: "Survey data." })).at(-1)).toEqual(["#caveat", "Survey data."]);
  });

  it("keeps every header row on one line, whatever a filter value holds", () => {
    const rows = metaCsvRows(exportMeta({ view: "postings", title: "t", filters: { company: "Evil\r\nCo" }, sourceMix: [], now: new Date() }));
    expect(rows[1]).toEqual(["#filters", "company=Evil Co"]);
  });
});
