import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSalaryBands, getSalaryBandSets, type SalaryFilter } from "@/db/queries/salaries";
import { ROLES } from "@/lib/taxonomy";
import { seedJobs, seedRespondents, seedSalaryReports, times } from "../helpers/market-fixtures";
import { createTempDb } from "../helpers/temp-db";

// getSalaryBandSets reads posted_pay once per scope for several filters (the /salaries split and its
// totals): each set must be exactly what getSalaryBands gives for that filter alone.
let temp: ReturnType<typeof createTempDb>;

beforeAll(() => {
  temp = createTempDb();
  const currencies = ["USD", "USD", "USD", "EUR", "GBP"] as const;
  seedJobs(temp.db, [
    ...times(40, (i) => ({
      frameworks: i % 3 === 0 ? (["pytorch", "tensorflow"] as const).slice() : i % 3 === 1 ? ["pytorch" as const] : [],
      roles: [ROLES[i % ROLES.length]!, ...(i % 4 === 0 ? [ROLES[(i + 3) % ROLES.length]!] : [])],
      seniority: (["senior", "mid", "junior"] as const)[i % 3],
      countries: i % 5 === 0 ? [] : [["US", "DE", "GB", "IN"][i % 4]!],
      month: i < 20 ? "2025-11" : "2026-01",
      salary: { min: 50_000 + i * 3_000, max: 70_000 + i * 3_500, currency: currencies[i % currencies.length]!, period: "year" as const },
      applyUrl: `https://apply.example.test/set-${i}`,
    })),
    // A repost on another board with other pay: one job, the earliest posting's pay stands.
    { source: "greenhouse", frameworks: ["pytorch"], roles: [ROLES[0]!], countries: ["US"], salary: { min: 900_000, max: 900_000, currency: "USD", period: "year" }, applyUrl: "https://apply.example.test/set-0" },
  ]);
  seedRespondents(temp.db, times(15, (i) => ({ role: "ml_engineer" as const, seniority: "mid" as const, country: i % 2 ? "US" : "DE", comp: (i + 1) * 9_000, used: ["pytorch" as const] })));
  seedSalaryReports(temp.db, times(12, (i) => ({ year: 2024, salaryUsd: 60_000 + i * 7_000, residence: i < 6 ? "US" : "GB" })));
});
afterAll(() => temp.cleanup());

const cases: SalaryFilter[][] = [
  [{ by: ["role"] }, { framework: "any", by: [] }],
  [{ by: ["region"] }, { framework: "any", by: [] }, { by: ["seniority"] }],
  [{ framework: "pytorch", by: ["seniority"] }, { framework: "pytorch", by: [] }],
  [{ origin: "posted", role: "ml_engineer", by: ["region"] }, { origin: "posted", role: "ml_engineer", framework: "any", by: [] }],
  // Different months: each scope its own read.
  [{ origin: "posted", from: "2026-01", by: ["role"] }, { origin: "posted", to: "2025-12", by: [] }, { origin: "posted", by: [] }],
];

describe("getSalaryBandSets", () => {
  it.each(cases.map((filters) => [JSON.stringify(filters), filters] as const))("gives each filter's getSalaryBands: %s", (_name, filters) => {
    const sets = getSalaryBandSets(temp.db, filters);
    expect(sets).toHaveLength(filters.length);
    filters.forEach((filter, i) => {
      const alone = getSalaryBands(temp.db, filter);
      expect(alone.some((band) => band.origin === "posted")).toBe(true);
      expect(sets[i]).toEqual(alone);
    });
  });
});
