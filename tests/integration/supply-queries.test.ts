import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMAND_SUPPLY_INDEX_FORMULA, getDemandSupply, MIN_INDEX_BASE, MIN_INDEX_USERS } from "@/db/queries/demand-supply";
import { getSupply, listSurveyYears, type SupplyRow } from "@/db/queries/supply";
import { seedJobs, seedRespondents, times } from "../helpers/market-fixtures";
import { createTempDb } from "../helpers/temp-db";

const pick = (rows: SupplyRow[], framework: string, cell: Partial<SupplyRow> = {}) =>
  rows.find((row) => row.framework === framework && Object.entries(cell).every(([key, value]) => row[key as keyof SupplyRow] === value));

describe("getSupply on ten hand-made 2023 respondents", () => {
  let temp: ReturnType<typeof createTempDb>;
  beforeAll(() => {
    temp = createTempDb();
    seedRespondents(temp.db, [
      { role: "software_engineer", seniority: "senior", country: "DE", used: ["pytorch"], wanted: ["jax"] }, // r1
      { role: "software_engineer", seniority: "senior", country: "FR", used: ["pytorch", "tensorflow"] }, // r2
      { role: "software_engineer", seniority: "mid", country: "DE", used: ["tensorflow"] }, // r3
      { role: "software_engineer", seniority: "mid", country: "GB", wanted: ["pytorch"] }, // r4
      { role: "software_engineer", seniority: "junior", country: "IN", used: ["pytorch"] }, // r5
      { role: "data_scientist", seniority: "mid", country: "ES", used: ["tensorflow", "keras"] }, // r6
      { role: "data_scientist", seniority: "senior", country: "JP" }, // r7
      { role: "data_scientist", seniority: "senior", country: "JP", used: ["pytorch"] }, // r8
      { role: null, country: null, used: ["pytorch"] }, // r9: no job, no country
      { role: "software_engineer", seniority: "mid", country: "TR", other: ["scikit_learn"] }, // r10: Turkey is in Asia
      { year: 2022, role: "software_engineer", seniority: "mid", country: "DE", used: ["pytorch"] }, // another year
    ]);
  });
  afterAll(() => temp.cleanup());

  it("lists the survey years, newest first, and defaults to the latest", () => {
    expect(listSurveyYears(temp.db)).toEqual([2023, 2022]);
    expect(getSupply(temp.db, { relation: "used", by: [] }).every((row) => row.year === 2023)).toBe(true);
  });

  it("gives each framework's users over all ten respondents, with Wilson intervals", () => {
    const rows = getSupply(temp.db, { year: 2023, relation: "used", by: [] });
    expect(rows.map((row) => [row.framework, row.respondents, row.sample])).toEqual([
      ["tensorflow", 3, 10], // r2, r3, r6
      ["pytorch", 5, 10], // r1, r2, r5, r8, r9
      ["jax", 0, 10],
      ["keras", 1, 10], // r6
    ]);
    const pytorch = pick(rows, "pytorch");
    // 5 of 10: centre 0.5, half-width 1.416010 × √(0.025 + 0.009604) = 0.263407 → [0.236593, 0.763407]
    expect(pytorch?.share).toBe(0.5);
    expect(pytorch?.shareLow).toBeCloseTo(0.236593, 6);
    expect(pytorch?.shareHigh).toBeCloseTo(0.763407, 6);
    // 3 of 10: d = 1.384146, c = (0.3 + 0.192073)/1.384146 = 0.355507,
    //   h = 1.416010 × √(0.021 + 0.009604) = 1.416010 × 0.174939 = 0.247715 → [0.107791, 0.603222]
    const tensorflow = pick(rows, "tensorflow");
    expect(tensorflow?.shareLow).toBeCloseTo(0.107791, 5);
    expect(tensorflow?.shareHigh).toBeCloseTo(0.603222, 5);
    // 0 of 10 → [0, z²/(n + z²)] = [0, 3.841459/13.841459] = [0, 0.277533]
    expect(pick(rows, "jax")).toMatchObject({ share: 0, shareLow: 0 });
    expect(pick(rows, "jax")?.shareHigh).toBeCloseTo(0.277533, 6);
  });

  it("counts wanting to work with a framework as next-year supply", () => {
    const rows = getSupply(temp.db, { year: 2023, relation: "wanted", by: [] });
    expect(rows.map((row) => [row.framework, row.respondents])).toEqual([["tensorflow", 0], ["pytorch", 1], ["jax", 1], ["keras", 0]]);
    expect(rows.every((row) => row.relation === "wanted" && row.sample === 10)).toBe(true);
  });

  it("splits by role and region, each cell over its own respondents, unknowns kept apart", () => {
    const rows = getSupply(temp.db, { year: 2023, relation: "used", framework: "pytorch", by: ["role", "region"] });
    expect(rows.map((row) => [row.role, row.region, row.respondents, row.sample])).toEqual([
      ["data_scientist", "europe", 0, 1], // r6
      ["data_scientist", "asia", 1, 2], // r7, r8
      ["software_engineer", "europe", 2, 4], // r1–r4
      ["software_engineer", "asia", 1, 2], // r5, r10
      ["unknown", "unknown", 1, 1], // r9
    ]);
    expect(rows.every((row) => row.seniority === "all")).toBe(true);
  });

  it("takes the sample from the non-framework filters: senior respondents only", () => {
    const rows = getSupply(temp.db, { year: 2023, relation: "used", seniority: "senior", by: [] });
    // r1, r2, r7, r8 are senior; 3 use PyTorch. 3 of 4 mirrors 1 of 4: [1 − 0.699358, 1 − 0.045587] = [0.300642, 0.954413]
    const pytorch = pick(rows, "pytorch");
    expect(pytorch).toMatchObject({ respondents: 3, sample: 4, share: 0.75 });
    expect(pytorch?.shareLow).toBeCloseTo(0.300642, 6);
    expect(pytorch?.shareHigh).toBeCloseTo(0.954413, 6);
    expect(getSupply(temp.db, { year: 2023, relation: "used", region: "europe", by: ["role"] }).filter((r) => r.framework === "tensorflow").map((r) => [r.role, r.respondents, r.sample])).toEqual([
      ["data_scientist", 1, 1],
      ["software_engineer", 2, 4],
    ]);
  });

  it("is empty for a year without responses", () => {
    expect(getSupply(temp.db, { year: 2019, relation: "used", by: [] })).toEqual([]);
  });
});

describe("getDemandSupply on hand-made postings and respondents", () => {
  let temp: ReturnType<typeof createTempDb>;
  beforeAll(() => {
    temp = createTempDb();
    seedRespondents(temp.db, [
      // 40 software engineers in Germany: 1–10 use PyTorch, 11–15 TensorFlow; 1–12 want PyTorch.
      ...times(40, (i) => ({
        role: "software_engineer" as const,
        seniority: "mid" as const,
        country: "DE",
        used: i < 10 ? ["pytorch" as const] : i < 15 ? ["tensorflow" as const] : [],
        wanted: i < 12 ? ["pytorch" as const] : [],
      })),
      // 5 data scientists in Japan, one uses PyTorch.
      ...times(5, (i) => ({ role: "data_scientist" as const, country: "JP", used: i === 0 ? ["pytorch" as const] : [] })),
    ]);
    seedJobs(temp.db, [
      // 40 software-engineering jobs in Germany: 8 name PyTorch, 2 TensorFlow.
      ...times(40, (i) => ({ countries: ["DE"], frameworks: i < 8 ? ["pytorch" as const] : i < 10 ? ["tensorflow" as const] : [], applyUrl: `https://apply.example.test/de-${i}` })),
      // 3 data-science jobs in Japan, one names PyTorch.
      ...times(3, (i) => ({ roles: ["data_scientist" as const], countries: ["JP"], frameworks: i === 0 ? ["pytorch" as const] : [] })),
      // 2 older software jobs with no country, both PyTorch.
      ...times(2, () => ({ month: "2025-01", frameworks: ["pytorch" as const] })),
    ]);
    // The first German PyTorch job again on another board: the same job, so it counts once.
    seedJobs(temp.db, [{ source: "greenhouse", countries: ["DE"], frameworks: ["pytorch"], applyUrl: "https://apply.example.test/de-0" }]);
  });
  afterAll(() => temp.cleanup());

  it("divides the demand share by the supply share, over all jobs and respondents", () => {
    const rows = getDemandSupply(temp.db, { by: [] });
    const pytorch = rows.find((row) => row.framework === "pytorch");
    // 45 distinct jobs (46 postings, one duplicate), 11 name PyTorch (8 + 1 + 2): 11/45; 45 respondents, 11 use it: 11/45 → index 1.
    expect(pytorch).toMatchObject({ year: 2023, role: "all", region: "all", postings: 45, mentioning: 11, sample: 45, users: 11, wanting: 12, thin: null });
    expect(pytorch?.index).toBeCloseTo(1, 12);
    // next year: (11/45) / (12/45) = 11/12
    expect(pytorch?.nextYearIndex).toBeCloseTo(11 / 12, 12);
    // TensorFlow: (2/45) / (5/45) = 0.4
    expect(rows.find((row) => row.framework === "tensorflow")?.index).toBeCloseTo(0.4, 12);
    // JAX: nobody uses it, so no index (not infinity); below MIN_INDEX_USERS users the share is too noisy to divide by.
    expect(rows.find((row) => row.framework === "jax")).toMatchObject({ index: null, thin: `fewer than ${MIN_INDEX_USERS} respondents use it` });
    expect(MIN_INDEX_USERS).toBe(5);
  });

  it("computes the index per region and flags thin cells instead of computing them", () => {
    const rows = getDemandSupply(temp.db, { framework: "pytorch", by: ["region"] });
    expect(rows.map((row) => [row.region, row.postings, row.mentioning, row.sample, row.users, row.thin])).toEqual([
      ["europe", 40, 8, 40, 10, null],
      ["asia", 3, 1, 5, 1, `fewer than ${MIN_INDEX_BASE} postings`],
      ["unknown", 2, 2, 0, 0, `fewer than ${MIN_INDEX_BASE} postings`],
    ]);
    // Europe: (8/40) / (10/40) = 0.2 / 0.25 = 0.8; next year (8/40) / (12/40) = 0.666667
    expect(rows[0]?.index).toBeCloseTo(0.8, 12);
    expect(rows[0]?.nextYearIndex).toBeCloseTo(2 / 3, 12);
    expect(rows.slice(1).every((row) => row.index === null && row.nextYearIndex === null)).toBe(true);
  });

  it("splits by role, and narrows the postings to a window of months", () => {
    const byRole = getDemandSupply(temp.db, { framework: "pytorch", by: ["role"] });
    // Software engineers: 42 jobs (40 + 2 without country), 10 name PyTorch; 40 respondents, 10 users → (10/42)/(10/40) = 0.952381
    const engineers = byRole.find((row) => row.role === "software_engineer");
    expect(engineers).toMatchObject({ postings: 42, mentioning: 10, sample: 40, users: 10 });
    expect(engineers?.index).toBeCloseTo(40 / 42, 12);
    expect(byRole.find((row) => row.role === "data_scientist")?.thin).toBe(`fewer than ${MIN_INDEX_BASE} postings`);

    const recent = getDemandSupply(temp.db, { framework: "pytorch", from: "2026-01", by: ["role"] }).find((row) => row.role === "software_engineer");
    // Without the two 2025 jobs: (8/40)/(10/40) = 0.8
    expect(recent).toMatchObject({ postings: 40, mentioning: 8 });
    expect(recent?.index).toBeCloseTo(0.8, 12);
  });

  it("states its formula for the methodology page", () => {
    expect(DEMAND_SUPPLY_INDEX_FORMULA).toMatch(/postings mentioning the framework ÷ all postings\) ÷ \(respondents using the framework ÷ all respondents\)/);
  });
});
