import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDemandSupply } from "@/db/queries/demand-supply";
import { getSalaryBands, MIN_BAND_N } from "@/db/queries/salaries";
import { getSupply } from "@/db/queries/supply";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import { postingsHref } from "@/lib/ui/drilldown";
import { formatCount, formatIndex, formatMoney, formatShare } from "@/lib/ui/format";
import { aijobsSalariesSource } from "@/scrapers/aijobs-salaries";
import { ashbySource } from "@/scrapers/ashby";
import { soSurveySource } from "@/scrapers/so-survey";
import { launchChromium } from "../helpers/browser";
import { startNextServer } from "../helpers/next-server";
import { createTempDb } from "../helpers/temp-db";
import { scrapeRecorded } from "../helpers/scrape-recorded";

let temp: ReturnType<typeof createTempDb>;
let server: Awaited<ReturnType<typeof startNextServer>>;
let browser: Browser;

beforeAll(async () => {
  temp = createTempDb();
  // The Stack Overflow survey (2023 recorded), the ai-jobs.net salaries and the Ashby boards, whose ads state pay.
  const summaries = await scrapeRecorded(temp.db, [soSurveySource, aijobsSalariesSource, ashbySource], { now: new Date("2026-11-26T12:00:00Z") });
  for (const summary of summaries) expect(summary.status).toBe("ok");
  server = await startNextServer({ PULSE_DB: temp.file });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.cleanup();
});

/**
 * A page that records console errors and uncaught exceptions. The one exception: the navigation
 * prefetches every route of issue 6, and a route not built yet answers its prefetch with a 404
 * (and never finishes, so no "networkidle"); that is the nav's business, not these pages'.
 */
async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
  const errors: string[] = [];
  const otherRoutePrefetch = (url: string) => /[?&]_rsc=/.test(url) && !/^\/(talent|salaries)$/.test(new URL(url).pathname);
  page.on("console", (message) => {
    if (message.type() === "error" && !otherRoutePrefetch(message.location().url)) errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  return { page, errors };
}

/** Submits the page's filter form and waits for the new page. */
async function applyFilters(page: Page, expectUrl: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(expectUrl, { waitUntil: "load" }), page.getByRole("button", { name: "Apply filters" }).click()]);
}

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim();

describe("talent page in Chromium", () => {
  it("shows supply, demand and the index from the database, and narrows to a role through the form", async () => {
    const { page, errors } = await openPage("/talent");
    const used = getSupply(temp.db, { relation: "used", by: [] });
    const wanted = getSupply(temp.db, { relation: "wanted", by: [] });
    expect(used[0]?.sample).toBe(595);
    expect(await page.getByTestId("supply-n").textContent()).toBe("n = 595 respondents");
    for (const row of used) {
      const tr = `[data-testid="supply-table"] tr[data-framework="${row.framework}"]`;
      expect(await text(page, `${tr} [data-col="used-n"]`)).toBe(formatCount(row.respondents));
      expect(await text(page, `${tr} [data-col="used-share"]`)).toBe(formatShare(row.share));
      expect(await text(page, `${tr} [data-col="wanted-share"]`)).toBe(formatShare(wanted.find((w) => w.framework === row.framework)?.share ?? Number.NaN));
    }
    // The survey caveat sits under the supply figures, and in the tooltip of every survey share.
    expect(await page.getByTestId("supply").textContent()).toContain("non-random sample");
    const shareTooltips = await page.locator('[data-testid="supply-table"] td:has([data-col="used-share"]), [data-testid="supply-table"] td:has([data-col="wanted-share"])').evaluateAll((cells) => cells.map((cell) => cell.getAttribute("title")));
    expect(shareTooltips.length).toBeGreaterThan(0);
    expect(new Set(shareTooltips)).toEqual(new Set([SURVEY_CAVEAT]));

    const overall = getDemandSupply(temp.db, { by: [] });
    const pytorch = overall.find((row) => row.framework === "pytorch");
    expect(pytorch?.index).not.toBeNull();
    const overallRow = '[data-testid="index-overall-table"] tr[data-framework="pytorch"]';
    expect(await text(page, `${overallRow} [data-col="index"]`)).toBe(formatIndex(pytorch?.index ?? Number.NaN));
    expect(await page.locator(`${overallRow} [data-col="demand"] a`).getAttribute("href")).toBe(postingsHref({ framework: "pytorch" }));
    expect(await page.getByTestId("index-formula").textContent()).toContain("÷");
    expect(await page.locator('[data-testid="index-overall-table"] [data-col="supply-share"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute("title")))).toContain(SURVEY_CAVEAT);

    const byRole = getDemandSupply(temp.db, { by: ["role"] });
    for (const row of byRole.filter((r) => r.framework === "pytorch")) {
      const cell = `[data-testid="index-by-role-table"] tr[data-cell="${row.role}"] td[data-framework="pytorch"] [data-col="index"]`;
      expect(await text(page, cell)).toBe(row.index === null ? row.thin : formatIndex(row.index));
    }
    const engineers = '[data-testid="index-by-role-table"] tr[data-cell="software_engineer"] td[data-framework="pytorch"] [data-col="demand"] a';
    expect(await page.locator(engineers).getAttribute("href")).toBe(postingsHref({ framework: "pytorch", role: "software_engineer" }));
    for (const row of getDemandSupply(temp.db, { by: ["region"] }).filter((r) => r.framework === "tensorflow")) {
      const tr = `[data-testid="index-by-region-table"] tr[data-cell="${row.region}"]`;
      expect(await text(page, `${tr} [data-col="postings"]`)).toBe(formatCount(row.postings));
      expect(await text(page, `${tr} td[data-framework="tensorflow"] [data-col="index"]`)).toBe(row.index === null ? row.thin : formatIndex(row.index));
    }
    // Regions have no postings filter to drill into: their posting counts are not links (their respondents are).
    expect(await page.locator('[data-testid="index-by-region-table"] a[href^="/postings"]').count()).toBe(0);
    fs.mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/talent.png", fullPage: true });

    await page.selectOption("#filter-role", "software_engineer");
    await applyFilters(page, /role=software_engineer/);
    const engineersOnly = getSupply(temp.db, { role: "software_engineer", relation: "used", by: [] });
    expect(await page.getByTestId("supply-n").textContent()).toBe(`n = ${formatCount(engineersOnly[0]?.sample ?? 0)} respondents`);
    expect(await text(page, '[data-testid="supply-table"] tr[data-framework="pytorch"] [data-col="used-share"]')).toBe(
      formatShare(engineersOnly.find((row) => row.framework === "pytorch")?.share ?? Number.NaN),
    );
    expect(await page.locator("#filter-role").inputValue()).toBe("software_engineer");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says which filters it ignored instead of failing", async () => {
    const { page, errors } = await openPage(`/talent?role=wizard&year=1999&from=${encodeURIComponent("<b>x</b>")}`);
    const problems = await page.getByTestId("param-problems").textContent();
    expect(problems).toContain("Ignored role");
    expect(problems).toContain("Ignored year = “1999”");
    expect(problems).toContain("Ignored from");
    expect(await page.getByTestId("supply-n").textContent()).toBe("n = 595 respondents");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("salaries page in Chromium", () => {
  it("shows every origin's bands with their n, thin ones labelled, and splits by role through the form", async () => {
    const { page, errors } = await openPage("/salaries");
    const bands = getSalaryBands(temp.db, { by: [] });
    const totals = getSalaryBands(temp.db, { framework: "any", by: [] });
    for (const origin of ["posted", "survey", "salary-survey"] as const) {
      const n = totals.filter((band) => band.origin === origin).reduce((sum, band) => sum + band.n, 0);
      expect(n).toBeGreaterThan(0);
      expect(await page.getByTestId(`bands-${origin}-n`).textContent()).toMatch(new RegExp(`^n = ${formatCount(n)} `));
      for (const band of bands.filter((b) => b.origin === origin)) {
        const tr = `[data-testid="bands-${origin}-table"] tr[data-framework="${band.framework}"][data-currency="${band.currency}"]`;
        expect(await text(page, `${tr} [data-col="n"]`)).toBe(formatCount(band.n));
        if (band.suppressed) expect(await text(page, `${tr} [data-col="suppressed"]`)).toBe(`fewer than ${MIN_BAND_N}: not shown`);
        else for (const key of ["p10", "p50", "p90"] as const) expect(await text(page, `${tr} [data-col="${key}"]`)).toBe(formatMoney(band[key] ?? Number.NaN, band.currency));
      }
    }
    // The recorded data has both kinds: shown bands and suppressed ones.
    expect(bands.some((band) => band.suppressed) && bands.some((band) => !band.suppressed)).toBe(true);
    expect(await page.locator('[data-testid="bands-posted-table"] tr[data-framework="pytorch"][data-currency="USD"] [data-col="n"] a').getAttribute("href")).toBe(postingsHref({ framework: "pytorch" }));
    expect(await page.getByTestId("bands-posted-note").textContent()).toContain("yearly base pay in the currency of the ad");
    expect(await page.getByTestId("bands-survey").textContent()).toContain("non-random sample");
    expect(await page.getByTestId("bands-posted").textContent()).not.toContain("non-random sample");
    // Survey bands carry the caveat in their tooltip; posted bands, not from a survey, do not.
    const tooltips = (origin: string) => page.locator(`[data-testid="bands-${origin}-table"] tbody tr`).evaluateAll((rows) => rows.map((row) => row.getAttribute("title")));
    expect(new Set(await tooltips("survey"))).toEqual(new Set([SURVEY_CAVEAT]));
    expect(new Set(await tooltips("salary-survey"))).toEqual(new Set([SURVEY_CAVEAT]));
    expect(new Set(await tooltips("posted"))).toEqual(new Set([null]));
    await page.screenshot({ path: "test-results/salaries.png", fullPage: true });

    await page.selectOption("#filter-split", "role");
    await page.selectOption("#filter-origin", "posted");
    await applyFilters(page, /split=role/);
    const byRole = getSalaryBands(temp.db, { origin: "posted", by: ["role"] });
    const shown = await page.locator('[data-testid="bands-posted-table"] tbody tr').evaluateAll((rows) => rows.map((row) => `${row.getAttribute("data-framework")}|${row.getAttribute("data-cell")}|${row.getAttribute("data-currency")}`));
    expect(shown).toEqual(byRole.map((band) => `${band.framework}|${band.role}|${band.currency}`));
    expect(await page.getByTestId("bands-survey").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
