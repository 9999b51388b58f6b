import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSurveysParams } from "@/app/surveys/search-params";
import { BREAKDOWNS, type Breakdown } from "@/db/queries/market-filter";
import { getPayFigures, getSurveyFrameworkCounts } from "@/db/queries/market-evidence";
import { getSalaryBands } from "@/db/queries/salaries";
import { getSupply } from "@/db/queries/supply";
import { countRespondents, countSalaryReports, listRespondents, listSalaryReports, SURVEY_ROWS_PAGE_SIZE } from "@/db/queries/survey-rows";
import { CONTENDERS } from "@/lib/evidence/compare";
import { respondentsHref, salaryReportsHref } from "@/lib/ui/drilldown";
import { aijobsSalariesSource } from "@/scrapers/aijobs-salaries";
import { soSurveySource } from "@/scrapers/so-survey";
import type { Db } from "@/db/client";
import { seedRespondents, seedSalaryReports } from "../helpers/market-fixtures";
import { createTempDb } from "../helpers/temp-db";
import { scrapeRecorded } from "../helpers/scrape-recorded";

/** What the explorer counts for a drill-down link, read through the page's own parameter parsing. */
function countAt(db: Db, href: string): number {
  const url = new URL(href, "http://pulse.test");
  expect(url.pathname).toBe("/surveys");
  const { query, problems } = parseSurveysParams(Object.fromEntries(url.searchParams));
  expect(problems).toEqual([]);
  return query.dataset === "respondents" ? countRespondents(db, query.filter) : countSalaryReports(db, query.filter);
}

const SPLITS: Breakdown[][] = [[], ["role"], ["seniority"], ["region"], ["role", "region"]];

describe("survey rows of the recorded surveys (Stack Overflow 2023, ai-jobs.net)", () => {
  let temp: ReturnType<typeof createTempDb>;
  beforeAll(async () => {
    temp = createTempDb();
    const summaries = await scrapeRecorded(temp.db, [soSurveySource, aijobsSalariesSource], { now: new Date("2026-11-26T12:00:00Z") });
    for (const summary of summaries) expect(summary.status).toBe("ok");
  });
  afterAll(() => temp.cleanup());

  it("counts, for every supply cell and framework, exactly the users and the sample /talent shows", () => {
    let checked = 0;
    for (const by of SPLITS) {
      for (const relation of ["used", "wanted"] as const) {
        const rows = getSupply(temp.db, { year: 2023, relation, by });
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          const cell = { year: row.year, role: row.role, seniority: row.seniority, region: row.region };
          expect(countAt(temp.db, respondentsHref({ ...cell, framework: row.framework, relation }))).toBe(row.respondents);
          expect(countAt(temp.db, respondentsHref(cell))).toBe(row.sample);
          checked++;
        }
      }
    }
    // The recorded survey has respondents with no mapped role and no region: their cells drill down too.
    const byRole = getSupply(temp.db, { year: 2023, relation: "used", by: ["role", "region"] });
    expect(byRole.some((row) => row.role === "unknown")).toBe(true);
    expect(byRole.some((row) => row.region === "unknown")).toBe(true);
    expect(getSupply(temp.db, { year: 2023, relation: "used", by: [] }).find((row) => row.framework === "pytorch")?.respondents).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(100);
  });

  it("counts, for every survey and salary-survey pay band, exactly its n", () => {
    let checked = 0;
    for (const by of [[], ...BREAKDOWNS.map((d) => [d])] as Breakdown[][]) {
      for (const band of getSalaryBands(temp.db, { origin: "survey", by })) {
        const cell = { year: band.year ?? Number.NaN, role: band.role, seniority: band.seniority, region: band.region };
        expect(countAt(temp.db, respondentsHref({ ...cell, framework: band.framework === "any" ? undefined : band.framework, relation: "used", hasPay: true }))).toBe(band.n);
        checked++;
      }
      for (const band of getSalaryBands(temp.db, { origin: "salary-survey", by })) {
        expect(countAt(temp.db, salaryReportsHref({ year: band.year ?? Number.NaN, role: band.role, seniority: band.seniority, region: band.region }))).toBe(band.n);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("counts the recommendation's and the claims' survey figures: pooled roles, newcomers, users of either", () => {
    for (const scope of [{}, { roles: ["research_scientist", "research_engineer"] as const, region: "europe" as const }, { roles: ["software_engineer"] as const }]) {
      const counts = getSurveyFrameworkCounts(temp.db, { ...scope, roles: [...(scope.roles ?? [])] });
      if (!counts) throw new Error("no survey stored");
      const base = { year: counts.year, role: scope.roles, region: scope.region };
      expect(countAt(temp.db, respondentsHref(base))).toBe(counts.sample);
      expect(countAt(temp.db, respondentsHref({ ...base, framework: [...CONTENDERS], relation: "used" }))).toBe(counts.usedEither);
      for (const f of CONTENDERS) {
        expect(countAt(temp.db, respondentsHref({ ...base, framework: f, relation: "used" }))).toBe(counts.used[f]);
        expect(countAt(temp.db, respondentsHref({ ...base, framework: f, relation: "wanted" }))).toBe(counts.wanted[f]);
        expect(countAt(temp.db, respondentsHref({ ...base, framework: f, relation: "new" }))).toBe(counts.newcomers[f]);
        const pay = getPayFigures(temp.db, { origin: "survey", framework: f, roles: [...(scope.roles ?? [])], region: scope.region });
        expect(countAt(temp.db, respondentsHref({ ...base, framework: f, relation: "used", hasPay: true }))).toBe(pay.length);
      }
    }
  });

  it("agrees with a count written by hand in SQL", () => {
    const direct = temp.db.$client
      .prepare(
        `SELECT count(*) AS n FROM survey_responses r
         WHERE r.source = 'so-survey' AND r.year = 2023 AND r.role = 'software_engineer' AND r.comp_yearly_usd > 0
           AND r.id IN (SELECT survey_response_id FROM survey_response_frameworks WHERE framework = 'pytorch' AND relation = 'used')`,
      )
      .get() as { n: number };
    expect(direct.n).toBeGreaterThan(0);
    expect(countRespondents(temp.db, { source: "so-survey", year: 2023, roles: ["software_engineer"], frameworks: ["pytorch"], relation: "used", hasPay: true })).toBe(direct.n);
    const reports = temp.db.$client.prepare(`SELECT count(*) AS n FROM salary_reports WHERE employment_type = 'full_time' AND salary_usd > 0`).get() as { n: number };
    expect(countSalaryReports(temp.db, { employment: "full_time", hasPay: true })).toBe(reports.n);
  });

  it("pages through the rows in the database: every page but the last is full, no row twice, each matches the filter", () => {
    const filter = { year: 2023, region: "europe" as const, hasPay: true };
    const total = countRespondents(temp.db, filter);
    expect(total).toBeGreaterThan(SURVEY_ROWS_PAGE_SIZE);
    const pages = Math.ceil(total / SURVEY_ROWS_PAGE_SIZE);
    const seen = Array.from({ length: pages }, (_, i) => listRespondents(temp.db, { ...filter, page: i + 1 }));
    expect(seen.slice(0, -1).every((rows) => rows.length === SURVEY_ROWS_PAGE_SIZE)).toBe(true);
    const ids = seen.flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(total);
    expect(seen.flat().every((row) => row.region === "europe" && (row.compYearlyUsd ?? 0) > 0 && row.year === 2023)).toBe(true);
    expect(listRespondents(temp.db, { ...filter, page: pages + 1 })).toEqual([]);
  });

  it("shows a respondent's own answers beside the mapping", () => {
    const rows = Array.from({ length: 12 }, (_, i) => listRespondents(temp.db, { year: 2023, roles: ["management"], page: i + 1 })).flat();
    expect(rows.find((row) => row.devType === "Senior Executive (C-Suite, VP, etc.)" && row.compYearlyUsd === 285000)).toMatchObject({
      role: "management",
      yearsPro: 9,
      seniority: "senior",
      country: "US",
      region: "northern_america",
    });
    const report = listSalaryReports(temp.db, { page: 1 })[0];
    expect(report).toMatchObject({ source: "aijobs-salaries", jobTitle: expect.any(String), salaryCurrency: expect.stringMatching(/^[A-Z]{3}$/) });
  });
});

describe("survey rows filters on hand-made respondents", () => {
  let temp: ReturnType<typeof createTempDb>;
  beforeAll(() => {
    temp = createTempDb();
    seedRespondents(temp.db, [
      { role: "ml_engineer", country: "DE", comp: 90_000, used: ["tensorflow"], wanted: ["pytorch"] }, // r1: PyTorch newcomer
      { role: "ml_engineer", country: "DE", comp: 0, used: ["pytorch"], wanted: ["pytorch"] }, // r2: wants what it uses: no newcomer
      { role: null, country: null, used: ["pytorch"] }, // r3: no role, no region, no pay
      { role: "data_scientist", country: "US", comp: 120_000, wanted: ["jax", "tensorflow"] }, // r4: newcomer to both
    ]);
    seedSalaryReports(temp.db, [
      { year: 2024, salaryUsd: 100_000 },
      { year: 2024, salaryUsd: 0 },
      { year: 2024, salaryUsd: 50_000, employment: "contract", residence: "ZZ" },
    ]);
  });
  afterAll(() => temp.cleanup());

  it("reads newcomers per framework, rows with no role or region, and whether pay was stated", () => {
    expect(countRespondents(temp.db, { frameworks: ["pytorch"], relation: "new" })).toBe(1);
    expect(countRespondents(temp.db, { frameworks: ["pytorch", "tensorflow"], relation: "new" })).toBe(2);
    expect(countRespondents(temp.db, { frameworks: ["pytorch", "tensorflow"], relation: "used" })).toBe(3);
    expect(countRespondents(temp.db, { roles: ["unknown"] })).toBe(1);
    expect(countRespondents(temp.db, { roles: ["unknown", "ml_engineer"] })).toBe(3);
    expect(countRespondents(temp.db, { region: "unknown" })).toBe(1);
    expect(countRespondents(temp.db, { hasPay: true })).toBe(2);
    expect(countRespondents(temp.db, { hasPay: false })).toBe(2);
    expect(countSalaryReports(temp.db, { hasPay: true })).toBe(2);
    expect(countSalaryReports(temp.db, { employment: "full_time", hasPay: true })).toBe(1);
    expect(countSalaryReports(temp.db, { region: "unknown" })).toBe(1);
  });

  it("reports what a link asks that the dataset cannot answer, and keeps the rest", () => {
    const parse = (query: string) => parseSurveysParams(Object.fromEntries(new URLSearchParams(query)));
    const wrongDataset = parse("dataset=salary-reports&framework=pytorch&relation=used&source=so-survey&year=2024");
    expect(wrongDataset.problems).toEqual([
      "Ignored source = “so-survey”: it is not a source of the salary-reports dataset (aijobs-salaries).",
      "Ignored framework = “pytorch”: the salary survey does not ask about frameworks.",
      "Ignored relation = “used”: the salary survey does not ask about frameworks.",
    ]);
    expect(wrongDataset.query).toMatchObject({ dataset: "salary-reports", filter: { year: 2024 } });
    const bad = parse("role=wizard,ml_engineer&relation=wanted&page=0&employment=contract&region=mars");
    expect(bad.problems).toHaveLength(5);
    expect(bad.problems.join("\n")).toMatch(/Ignored role = “wizard,ml_engineer”/);
    expect(bad.problems.join("\n")).toMatch(/Ignored relation = “wanted”: a relation needs a framework filter/);
    expect(bad.query).toEqual({ dataset: "respondents", filter: expect.objectContaining({ roles: [], frameworks: [], page: 1, region: undefined }) });
    expect(parse("role=research_scientist,research_engineer,research_scientist").params.role).toEqual(["research_scientist", "research_engineer"]);
  });
});
