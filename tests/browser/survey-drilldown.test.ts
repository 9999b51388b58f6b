import fs from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSurveyFrameworkCounts } from "@/db/queries/market-evidence";
import { getSalaryBands } from "@/db/queries/salaries";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import { formatCount } from "@/lib/ui/format";
import { aijobsSalariesSource } from "@/scrapers/aijobs-salaries";
import { ashbySource } from "@/scrapers/ashby";
import { soSurveySource } from "@/scrapers/so-survey";
import { launchChromium } from "../helpers/browser";
import { startNextServer } from "../helpers/next-server";
import { createTempDb } from "../helpers/temp-db";
import { scrapeRecorded } from "../helpers/scrape-recorded";

// The recorded surveys (Stack Overflow 2023, ai-jobs.net) and the Ashby boards (postings, so the
// overview has its tiles), one `next start`, one Chromium: a survey number's link opens rows whose
// count is that number, and the same count written by hand in SQL.
let temp: ReturnType<typeof createTempDb>;
let server: Awaited<ReturnType<typeof startNextServer>>;
let browser: Browser;

beforeAll(async () => {
  temp = createTempDb();
  const summaries = await scrapeRecorded(temp.db, [soSurveySource, aijobsSalariesSource, ashbySource], { now: new Date("2026-11-26T12:00:00Z"), http: { timeoutMs: 15_000 } });
  for (const summary of summaries) expect(summary.status).toBe("ok");
  server = await startNextServer({ PULSE_DB: temp.file });
  browser = await launchChromium();
  fs.mkdirSync("test-results", { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.cleanup();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(`${message.text()} ${message.location().url}`));
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(`${server.url}${path}`, { waitUntil: "load", timeout: 60_000 });
  expect(response?.status()).toBe(200);
  return { page, errors };
}

const count = (text: string | null) => Number((text ?? "").replace(/[,\s]/g, ""));
const sqlCount = (query: string, ...params: unknown[]) => (temp.db.$client.prepare(query).get(...params) as { n: number }).n;

/** Clicks a number's link and returns the number as shown and the explorer's total for it. */
async function follow(page: Page, link: Locator): Promise<{ shown: number; total: number }> {
  const shown = count(await link.textContent());
  await Promise.all([page.waitForURL(/\/surveys\?/, { waitUntil: "load", timeout: 60_000 }), link.click()]);
  return { shown, total: count(await page.getByTestId("match-total").textContent()) };
}

const USED = `SELECT count(*) AS n FROM survey_responses r WHERE r.source = 'so-survey' AND r.year = ?
  AND r.id IN (SELECT survey_response_id FROM survey_response_frameworks WHERE framework = ? AND relation = ?)`;

describe("survey drill-down in Chromium", () => {
  it("/talent: a framework's users and the sample open exactly their respondents", async () => {
    const { page, errors } = await open("/talent");
    const { shown, total } = await follow(page, page.locator('[data-testid="supply-table"] tr[data-framework="pytorch"] [data-col="used-n"] a'));
    expect(shown).toBeGreaterThan(0);
    expect(total).toBe(shown);
    expect(total).toBe(sqlCount(USED, 2023, "pytorch", "used"));
    expect(page.url()).toContain("framework=pytorch");
    // The share's base is one click away, and the explorer states the share it rests on.
    expect(count(await page.getByTestId("match-base").textContent())).toBe(sqlCount("SELECT count(*) AS n FROM survey_responses WHERE year = 2023"));
    expect(await page.getByTestId("survey-caveat").textContent()).toContain(SURVEY_CAVEAT);
    expect(await page.getByTestId("back-link").getAttribute("href")).toBe("/talent");
    expect(await page.locator('[data-testid="survey-rows"] tbody tr').count()).toBe(Math.min(total, 50));
    await page.screenshot({ path: "test-results/surveys.png", fullPage: true });

    await page.goto(`${server.url}/talent`, { waitUntil: "load" });
    const sample = await follow(page, page.locator('[data-testid="supply-n"] a'));
    expect(sample.shown).toBe(595);
    expect(sample.total).toBe(595);
    expect(await page.getByTestId("page-of").textContent()).toBe("Page 1 of 12");
    await Promise.all([page.waitForURL(/page=2/, { waitUntil: "load" }), page.getByRole("link", { name: "Next →" }).click()]);
    expect(await page.getByTestId("match-count").textContent()).toContain("showing 51–100");

    // A cell of the region matrix, wanted-next-year in the overall table: their own rows.
    await page.goto(`${server.url}/talent`, { waitUntil: "load" });
    const europe = await follow(page, page.locator('[data-testid="index-by-region-table"] tr[data-cell="europe"] td[data-framework="tensorflow"] [data-col="users"]'));
    expect(europe.total).toBe(europe.shown);
    expect(europe.total).toBe(sqlCount(`${USED} AND r.region = 'europe'`, 2023, "tensorflow", "used"));
    await page.goto(`${server.url}/talent`, { waitUntil: "load" });
    const wanted = await follow(page, page.locator('[data-testid="index-overall-table"] tr[data-framework="pytorch"] [data-col="wanted-n"]'));
    expect(wanted.total).toBe(wanted.shown);
    expect(wanted.total).toBe(sqlCount(USED, 2023, "pytorch", "wanted"));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("/salaries: a survey band's n and a salary-survey band's n open exactly their rows", async () => {
    const { page, errors } = await open("/salaries");
    const survey = await follow(page, page.locator('[data-testid="bands-survey-table"] tr[data-framework="pytorch"] [data-col="n"] a'));
    expect(survey.total).toBe(survey.shown);
    expect(survey.total).toBe(sqlCount(`${USED} AND r.comp_yearly_usd > 0`, 2023, "pytorch", "used"));
    expect(survey.total).toBe(getSalaryBands(temp.db, { origin: "survey", framework: "pytorch", by: [] })[0]?.n);

    await page.goto(`${server.url}/salaries`, { waitUntil: "load" });
    const reports = await follow(page, page.locator('[data-testid="bands-salary-survey-n"] a'));
    const year = getSalaryBands(temp.db, { origin: "salary-survey", by: [] })[0]?.year;
    expect(reports.total).toBe(reports.shown);
    expect(reports.total).toBe(sqlCount("SELECT count(*) AS n FROM salary_reports WHERE work_year = ? AND employment_type = 'full_time' AND salary_usd > 0", year));
    expect(await page.getByTestId("survey-caveat").textContent()).toContain("ai-jobs.net salary survey");
    expect(await page.getByTestId("back-link").getAttribute("href")).toBe("/salaries");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("/trends, the overview tile, /recommendations and /claims: their survey numbers open exactly their rows", async () => {
    const { page, errors } = await open("/trends");
    const trends = await follow(page, page.locator('[data-testid="survey-table"] tr[data-year="2023"] [data-col="keras"] a'));
    expect(trends.total).toBe(trends.shown);
    expect(trends.total).toBe(sqlCount(USED, 2023, "keras", "used"));

    await page.goto(`${server.url}/`, { waitUntil: "load" });
    const tile = await follow(page, page.getByTestId("tile-tensorflow").getByTestId("tile-survey-users"));
    expect(tile.total).toBe(tile.shown);
    expect(tile.total).toBe(sqlCount(USED, 2023, "tensorflow", "used"));

    const counts = getSurveyFrameworkCounts(temp.db, { roles: ["data_scientist"] });
    if (!counts) throw new Error("no survey stored");
    expect(counts.used.pytorch).toBeGreaterThan(0);
    await page.goto(`${server.url}/recommendations?role=data_scientist`, { waitUntil: "load" });
    const supply = page.locator('[data-signal="supply"] a', { hasText: "PyTorch users" });
    expect(await supply.textContent()).toBe(`PyTorch users: ${formatCount(counts.used.pytorch)}`);
    await Promise.all([page.waitForURL(/\/surveys\?/, { waitUntil: "load" }), supply.click()]);
    expect(count(await page.getByTestId("match-total").textContent())).toBe(counts.used.pytorch);
    expect(counts.used.pytorch).toBe(sqlCount(`${USED} AND r.role = 'data_scientist'`, 2023, "pytorch", "used"));

    await page.goto(`${server.url}/claims`, { waitUntil: "load" });
    const newcomers = getSurveyFrameworkCounts(temp.db, { year: 2023 })?.newcomers.pytorch;
    await Promise.all([page.waitForURL(/relation=new/, { waitUntil: "load" }), page.locator('[data-check="survey-newcomers"] a', { hasText: "PyTorch newcomers 2023" }).click()]);
    expect(count(await page.getByTestId("match-total").textContent())).toBe(newcomers);
    expect(newcomers).toBe(
      sqlCount(`SELECT count(*) AS n FROM survey_responses r WHERE r.year = 2023
        AND r.id IN (SELECT survey_response_id FROM survey_response_frameworks WHERE framework = 'pytorch' AND relation = 'wanted')
        AND r.id NOT IN (SELECT survey_response_id FROM survey_response_frameworks WHERE framework = 'pytorch' AND relation = 'used')`),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says which parameters it ignored instead of failing, and still counts the rest", async () => {
    const { page, errors } = await open(`/surveys?role=wizard&year=2023&page=abc&relation=used&region=${encodeURIComponent("<b>x</b>")}`);
    const problems = await page.getByTestId("param-problems").textContent();
    expect(problems).toContain("Ignored role = “wizard”");
    expect(problems).toContain("Ignored page = “abc”: a page is a number");
    expect(problems).toContain("Ignored relation = “used”: a relation needs a framework filter");
    expect(problems).toContain("Ignored region = “<b>x</b>”");
    expect(await page.locator("b", { hasText: "x" }).count()).toBe(0);
    expect(count(await page.getByTestId("match-total").textContent())).toBe(595);

    await page.goto(`${server.url}/surveys?dataset=postings&framework=pytorch&relation=wanted`, { waitUntil: "load" });
    expect(await page.getByTestId("param-problems").textContent()).toContain("Ignored dataset = “postings”");
    expect(count(await page.getByTestId("match-total").textContent())).toBe(sqlCount(USED, 2023, "pytorch", "wanted"));
    expect(errors).toEqual([]);
    await page.close();
  });
});
