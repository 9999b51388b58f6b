import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSalaryBands, listSalarySurveyYears, MIN_BAND_N, type SalaryBand } from "@/db/queries/salaries";
import { seedJobs, seedRespondents, seedSalaryReports, times } from "../helpers/market-fixtures";
import { createTempDb } from "../helpers/temp-db";

let temp: ReturnType<typeof createTempDb>;
const band = (bands: SalaryBand[], match: Partial<SalaryBand>) => bands.filter((b) => Object.entries(match).every(([key, value]) => b[key as keyof SalaryBand] === value));
const percentilesOf = (b: SalaryBand | undefined) => (b ? [b.p10, b.p25, b.p50, b.p75, b.p90] : undefined);

beforeAll(() => {
  temp = createTempDb();
  // Posted pay. 11 PyTorch ML-engineer jobs in USD, yearly midpoints 100k, 104k, 120k, 130k … 200k
  // (104k is an hourly ad: $45–55 an hour × 2,080 = 93,600–114,400, midpoint 104,000); 6 in the US, 5 in Germany.
  const midpoints = [100, 120, 130, 140, 150, 160, 170, 180, 190, 200].map((k) => k * 1000);
  seedJobs(temp.db, [
    ...midpoints.map((mid, i) => ({
      frameworks: ["pytorch" as const],
      roles: ["ml_engineer" as const],
      seniority: "senior" as const,
      countries: [i < 5 ? "US" : "DE"],
      salary: { min: mid - 10_000, max: mid + 10_000, currency: "USD", period: "year" as const },
      applyUrl: `https://apply.example.test/pay-${i}`,
    })),
    { frameworks: ["pytorch"], roles: ["ml_engineer"], seniority: "senior", countries: ["US"], salary: { min: 45, max: 55, currency: "USD", period: "hour" } },
    // 3 PyTorch jobs paid in euros: their own band, too thin to show.
    ...times(3, (i) => ({ frameworks: ["pytorch" as const], roles: ["ml_engineer" as const], countries: ["DE"], salary: { min: 60_000 + i * 1000, max: 70_000, currency: "EUR", period: "year" as const } })),
    // 2 TensorFlow jobs (300k, 310k) and one job naming no framework (90k).
    { frameworks: ["tensorflow"], roles: ["software_engineer"], countries: ["US"], salary: { min: 300_000, max: 300_000, currency: "USD", period: "year" } },
    { frameworks: ["tensorflow"], roles: ["software_engineer"], countries: ["US"], salary: { min: 300_000, max: 320_000, currency: "USD", period: "year" } },
    { roles: ["data_scientist"], countries: ["US"], salary: { min: 80_000, max: 100_000, currency: "USD", period: "year" } },
    // A job without pay does not count.
    { frameworks: ["pytorch"], roles: ["ml_engineer"], countries: ["US"] },
  ]);
  // The first PyTorch job again on another board with other pay: one job, the earliest posting's pay stands.
  seedJobs(temp.db, [
    { source: "greenhouse", frameworks: ["pytorch"], roles: ["ml_engineer"], seniority: "senior", countries: ["US"], salary: { min: 900_000, max: 900_000, currency: "USD", period: "year" }, applyUrl: "https://apply.example.test/pay-0" },
  ]);

  // Survey pay: 12 PyTorch users earning 10k…120k, one without pay, one with 0 (both left out).
  seedRespondents(temp.db, [
    ...times(12, (i) => ({ role: "ml_engineer" as const, seniority: "mid" as const, country: "US", comp: (i + 1) * 10_000, used: ["pytorch" as const] })),
    { role: "ml_engineer", country: "US", comp: null, used: ["pytorch"] },
    { role: "ml_engineer", country: "US", comp: 0, used: ["pytorch"] },
  ]);

  // Salary survey: 10 full-time 2024 reports 50k…140k, one part-time (left out), three from 2023.
  seedSalaryReports(temp.db, [
    ...times(10, (i) => ({ year: 2024, salaryUsd: 50_000 + i * 10_000, residence: i < 7 ? "US" : "GB" })),
    { year: 2024, salaryUsd: 1_000_000, employment: "part_time" },
    ...times(3, (i) => ({ year: 2023, salaryUsd: 70_000 + i })),
  ]);
});
afterAll(() => temp.cleanup());

describe("getSalaryBands: posted pay", () => {
  it("gives percentiles of the yearly midpoints, a duplicate job counted once", () => {
    const bands = getSalaryBands(temp.db, { origin: "posted", by: [] });
    const pytorch = band(bands, { framework: "pytorch", currency: "USD" })[0];
    // Sorted midpoints 100, 104, 120, 130, 140, 150, 160, 170, 180, 190, 200 (k), n − 1 = 10:
    //   p10 h = 1 → 104k; p25 h = 2.5 → 120 + 0.5×10 = 125k; p50 h = 5 → 150k; p75 h = 7.5 → 175k; p90 h = 9 → 190k
    expect(pytorch).toMatchObject({ origin: "posted", year: null, role: "all", seniority: "all", region: "all", n: 11, suppressed: false });
    percentilesOf(pytorch)?.forEach((value, i) => expect(value).toBeCloseTo([104_000, 125_000, 150_000, 175_000, 190_000][i] ?? Number.NaN, 6));
  });

  it("never mixes currencies, and suppresses thin bands", () => {
    const bands = getSalaryBands(temp.db, { origin: "posted", by: [] });
    expect(band(bands, { framework: "pytorch", currency: "EUR" })).toEqual([
      expect.objectContaining({ n: 3, suppressed: true, p10: null, p25: null, p50: null, p75: null, p90: null }),
    ]);
    expect(band(bands, { framework: "tensorflow" })).toEqual([expect.objectContaining({ currency: "USD", n: 2, suppressed: true, p50: null })]);
    expect(MIN_BAND_N).toBe(10);
  });

  it("pools every posted figure of a currency in the any-framework band", () => {
    const any = band(getSalaryBands(temp.db, { origin: "posted", framework: "any", by: [] }), { currency: "USD" })[0];
    // 90, 100, 104, 120, 130, 140, 150, 160, 170, 180, 190, 200, 300, 310 (k), n − 1 = 13:
    //   p10 h = 1.3 → 100 + 0.3×4 = 101.2k; p25 h = 3.25 → 120 + 0.25×10 = 122.5k; p50 h = 6.5 → 150 + 0.5×10 = 155k;
    //   p75 h = 9.75 → 180 + 0.75×10 = 187.5k; p90 h = 11.7 → 200 + 0.7×100 = 270k
    expect(any?.n).toBe(14);
    percentilesOf(any)?.forEach((value, i) => expect(value).toBeCloseTo([101_200, 122_500, 155_000, 187_500, 270_000][i] ?? Number.NaN, 6));
  });

  it("splits by region through the posting's countries", () => {
    const bands = getSalaryBands(temp.db, { origin: "posted", framework: "pytorch", by: ["region"] });
    expect(bands.map((b) => [b.region, b.currency, b.n, b.suppressed])).toEqual([
      ["northern_america", "USD", 6, true], // 5 yearly + the hourly ad
      ["europe", "EUR", 3, true],
      ["europe", "USD", 5, true],
    ]);
    expect(getSalaryBands(temp.db, { origin: "posted", framework: "pytorch", role: "ml_engineer", seniority: "senior", by: [] }).map((b) => [b.currency, b.n])).toEqual([["USD", 11]]);
  });
});

describe("getSalaryBands: surveys", () => {
  it("takes Stack Overflow pay in USD per framework used, leaving out missing and zero pay", () => {
    const pytorch = getSalaryBands(temp.db, { origin: "survey", framework: "pytorch", by: [] })[0];
    // 10k … 120k, n − 1 = 11: p10 h = 1.1 → 21k; p25 h = 2.75 → 37.5k; p50 h = 5.5 → 65k; p75 h = 8.25 → 92.5k; p90 h = 9.9 → 109k
    expect(pytorch).toMatchObject({ origin: "survey", year: 2023, currency: "USD", n: 12, suppressed: false });
    percentilesOf(pytorch)?.forEach((value, i) => expect(value).toBeCloseTo([21_000, 37_500, 65_000, 92_500, 109_000][i] ?? Number.NaN, 6));
  });

  it("takes the salary survey's full-time reports of the latest work year as framework 'any'", () => {
    expect(listSalarySurveyYears(temp.db)).toEqual([2024, 2023]);
    const bands = getSalaryBands(temp.db, { origin: "salary-survey", by: [] });
    // 50k … 140k, n − 1 = 9: p10 h = 0.9 → 59k; p25 h = 2.25 → 72.5k; p50 h = 4.5 → 95k; p75 h = 6.75 → 117.5k; p90 h = 8.1 → 131k
    expect(bands).toHaveLength(1);
    expect(bands[0]).toMatchObject({ year: 2024, framework: "any", n: 10, suppressed: false });
    percentilesOf(bands[0])?.forEach((value, i) => expect(value).toBeCloseTo([59_000, 72_500, 95_000, 117_500, 131_000][i] ?? Number.NaN, 6));
    expect(getSalaryBands(temp.db, { origin: "salary-survey", year: 2023, by: [] })).toEqual([expect.objectContaining({ year: 2023, n: 3, suppressed: true, p50: null })]);
    expect(getSalaryBands(temp.db, { origin: "salary-survey", framework: "pytorch", by: [] })).toEqual([]);
    expect(getSalaryBands(temp.db, { origin: "salary-survey", by: ["region"] }).map((b) => [b.region, b.n])).toEqual([
      ["northern_america", 7],
      ["europe", 3],
    ]);
  });

  it("keeps the origins apart when none is chosen", () => {
    const origins = getSalaryBands(temp.db, { framework: "any", by: [] }).map((b) => [b.origin, b.currency, b.n]);
    expect(origins).toEqual([
      ["posted", "EUR", 3],
      ["posted", "USD", 14],
      ["survey", "USD", 12],
      ["salary-survey", "USD", 10],
    ]);
  });
});
