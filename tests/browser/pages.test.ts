import fs from "node:fs";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getIndeedAiShareByMonth, getPaperShareByYear } from "@/db/queries/adoption";
import { DEMAND_SUPPLY_INDEX_FORMULA } from "@/db/queries/demand-supply";
import { countPostings, listPostings, postingFilterSchema, type PostingCount, type PostingFilter } from "@/db/queries/postings";
import { MIN_BAND_N } from "@/db/queries/salaries";
import { getSourceStatus } from "@/db/queries/source-status";
import { getSupply, supplyFilterSchema } from "@/db/queries/supply";
import { getGroupMonthlyFrameworkCounts, getGroupSourceStarts } from "@/db/queries/trends";
import { getUseCaseCoverage, getUseCaseFrameworkCells, getUseCaseTotals } from "@/db/queries/use-cases";
import { postings } from "@/db/schema";
import { RATES_DATE } from "@/lib/money/exchange-rates";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { shareSeries } from "@/lib/trends/share-series";
import { formatCount, formatRange, formatShare } from "@/lib/ui/format";
import { launchChromium } from "../helpers/browser";
import { startNextServer } from "../helpers/next-server";
import { HOSTILE_POSTING, seedDashboard } from "../helpers/seed-dashboard";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { createTempDb } from "../helpers/temp-db";

// One database seeded through the real scrapers, one `next start`, one Chromium for the file.
let temp: ReturnType<typeof createTempDb>;
let server: Awaited<ReturnType<typeof startNextServer>>;
let browser: Browser;
// The server's search limit (PULSE_SEARCH_LIMIT): low enough for a broad word of the seed to pass it.
const SEARCH_LIMIT_HERE = 100;

beforeAll(async () => {
  temp = createTempDb();
  const runs = await seedDashboard(temp.db);
  expect(runs.map((run) => `${run.source}:${run.status}`)).toEqual(["hn:ok", "hn:ok", "ashby:ok", "remotive:ok", "adoption-series:ok", "so-survey:ok"]);
  server = await startNextServer({ PULSE_DB: temp.file, PULSE_SNAPSHOT: SNAPSHOT_DIR, PULSE_SEARCH_LIMIT: String(SEARCH_LIMIT_HERE) });
  browser = await launchChromium();
  fs.mkdirSync("test-results", { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.cleanup();
});

/** A page that records every console error and uncaught exception; `done` fails on any and saves a screenshot. */
async function open(path: string): Promise<{ page: Page; done(screenshot?: string): Promise<void> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  return {
    page,
    async done(screenshot) {
      if (screenshot) await page.screenshot({ path: `test-results/${screenshot}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
  };
}

async function submit(page: Page, url: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url), page.getByRole("button", { name: "Apply filters" }).click()]);
  await page.waitForLoadState("networkidle");
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
const filter = (values: Partial<PostingFilter>): PostingFilter => postingFilterSchema.parse(values);
/** A search's count and page as the server makes them, at its limit. */
const searched = (values: Partial<PostingFilter>) => ({ count: countPostings(temp.db, filter(values), SEARCH_LIMIT_HERE), rows: listPostings(temp.db, filter(values), SEARCH_LIMIT_HERE) });
const shownCount = (count: PostingCount) => (count.capped ? `More than ${formatCount(count.postings)}` : formatCount(count.postings));

describe("dashboard pages in Chromium", () => {
  it("/trends shows both series groups' counts, shares and intervals as the queries compute them, and follows its filters", async () => {
    const { page, done } = await open("/trends");
    for (const group of ["hn", "boards"] as const) {
      const counts = getGroupMonthlyFrameworkCounts(temp.db, { group });
      expect(counts.length).toBeGreaterThan(0);
      const jobs = counts.reduce((sum, row) => sum + row.postings, 0);
      expect(await text(page, `[data-testid="ma-chart-${group}-n"]`)).toBe(`n = ${formatCount(jobs)} distinct jobs in ${counts.length} months`);
      const cells = await page.locator(`[data-testid="counts-${group}"] tr[data-month]`).evaluateAll((rows) =>
        rows.map((row) => [row.getAttribute("data-month"), ...["postings", "pytorch", "tensorflow"].map((col) => row.querySelector(`[data-col="${col}"]`)?.textContent?.replace(/\s+/g, " ").trim())]),
      );
      const expected = counts.map((row) => {
        const [pytorch, tensorflow] = (["pytorch", "tensorflow"] as const).map((f) => {
          const point = shareSeries([row], f)[0];
          return `${formatCount(row[f])} (${formatShare(point?.share ?? 0)}, ${formatRange(point?.lower ?? 0, point?.upper ?? 0, formatShare)})`;
        });
        return [row.month, formatCount(row.postings), pytorch, tensorflow];
      });
      expect(cells).toEqual(expected);
      // The interval chart marks every month with data, isolated ones included.
      expect(await page.locator(`[data-testid="interval-svg-${group}"] g[data-month]`).count()).toBe(counts.length);
    }
    expect(getGroupMonthlyFrameworkCounts(temp.db, { group: "hn" }).map((row) => row.month)).toEqual(["2018-03", "2026-01"]);

    // A source joining the pooled board series is annotated where it starts.
    const laterStarts = getGroupSourceStarts(temp.db, { group: "boards" }).slice(1).map((start) => start.month);
    expect(laterStarts.length).toBeGreaterThan(0);
    const noted = await page.locator('[data-testid="annotations-boards"] [data-annotation-month]').evaluateAll((items) => items.map((item) => item.getAttribute("data-annotation-month")));
    expect(noted).toEqual(expect.arrayContaining(laterStarts));

    const papers = getPaperShareByYear(temp.db).filter((row) => row.framework === "pytorch");
    for (const row of papers) {
      expect(await text(page, `[data-testid="papers-table"] tr[data-year="${row.year}"] [data-col="total"]`)).toBe(formatCount(row.total));
      expect(await text(page, `[data-testid="papers-table"] tr[data-year="${row.year}"] [data-col="pytorch"]`)).toBe(`${formatCount(row.papers)} (${formatShare(row.share)})`);
    }
    const days = getIndeedAiShareByMonth(temp.db, {}).reduce((sum, row) => sum + row.days, 0);
    expect(await text(page, '[data-testid="indeed-chart-n"]')).toBe(`n = ${formatCount(days)} daily values in 9 countries`);
    await expect.poll(() => page.locator('[data-testid="indeed-chart"] .recharts-line path.recharts-curve').count()).toBe(9);
    const survey = getSupply(temp.db, supplyFilterSchema.parse({ year: 2023, relation: "used" }));
    const surveyPytorch = survey.find((row) => row.framework === "pytorch");
    if (!surveyPytorch) throw new Error("the seed has no 2023 survey");
    expect(await text(page, '[data-testid="survey-usage-n"]')).toBe(`n = ${formatCount(surveyPytorch.sample)} survey respondents`);
    expect(await text(page, '[data-testid="survey-table"] tr[data-year="2023"] [data-col="pytorch"]')).toBe(
      `${formatCount(surveyPytorch.respondents)} (${formatShare(surveyPytorch.share)}, ${formatRange(surveyPytorch.shareLow, surveyPytorch.shareHigh, formatShare)})`,
    );
    await page.screenshot({ path: "test-results/trends.png", fullPage: true });

    // The form: another framework for the interval chart, a later start month, one Indeed country.
    await page.getByLabel("Framework with interval").selectOption("tensorflow");
    await page.getByLabel("From month").fill("2025-06");
    await page.getByLabel("Indeed country").selectOption("DE");
    await submit(page, /framework=tensorflow/);
    expect(new URL(page.url()).searchParams.get("from")).toBe("2025-06");
    const boards = getGroupMonthlyFrameworkCounts(temp.db, { group: "boards", from: "2025-06" });
    const months = await page.locator('[data-testid="counts-boards"] tr[data-month]').evaluateAll((rows) => rows.map((row) => row.getAttribute("data-month")));
    expect(months).toEqual(boards.map((row) => row.month));
    expect(await text(page, '[data-testid="interval-chart-boards"] h2')).toBe("TensorFlow: monthly share with its 95% Wilson interval");
    expect(await text(page, '[data-testid="indeed-chart-n"]')).toContain("in 1 country");
    expect(await page.getByLabel("Framework with interval").inputValue()).toBe("tensorflow");

    // A monthly count drills down to exactly the jobs it counts.
    const january = getGroupMonthlyFrameworkCounts(temp.db, { group: "hn", from: "2026-01", to: "2026-01" })[0];
    await Promise.all([page.waitForURL(/\/postings\?/), page.locator('[data-testid="counts-hn"] tr[data-month="2026-01"] [data-col="pytorch"] a').click()]);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ framework: "pytorch", source: "hn", from: "2026-01", to: "2026-01" });
    expect(await text(page, '[data-testid="match-jobs"]')).toBe(formatCount(january?.pytorch ?? -1));
    await done();
  });

  it("/use-cases matches the queries, and a number drills down to its postings and on to one posting", async () => {
    const { page, done } = await open("/use-cases");
    const cells = getUseCaseFrameworkCells(temp.db, {});
    const totals = getUseCaseTotals(temp.db, {});
    expect(await text(page, '[data-testid="coverage-both"]')).toBe(formatCount(getUseCaseCoverage(temp.db, {}).withBoth));
    for (const total of totals) {
      expect(await text(page, `[data-testid="split-table"] tr[data-use-case="${total.useCase}"] [data-col="jobs"]`)).toBe(formatCount(total.jobs));
      for (const framework of FRAMEWORKS) {
        const n = cells.find((c) => c.useCase === total.useCase && c.framework === framework)?.jobs ?? 0;
        const shown = await text(page, `[data-testid="split-table"] tr[data-use-case="${total.useCase}"] [data-col="${framework}"]`);
        expect(shown.split(" ")[0]).toBe(formatCount(n));
      }
    }
    await page.screenshot({ path: "test-results/use-cases.png", fullPage: true });

    // Drill down from the biggest cell into the explorer: the same distinct jobs.
    const biggest = [...cells].sort((a, b) => b.jobs - a.jobs)[0];
    if (!biggest) throw new Error("the seed has no use case × framework cell");
    await Promise.all([
      page.waitForURL(/\/postings\?/),
      page.locator(`[data-testid="split-table"] tr[data-use-case="${biggest.useCase}"] [data-col="${biggest.framework}"] a`).click(),
    ]);
    await page.waitForLoadState("networkidle");
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ framework: biggest.framework, use_case: biggest.useCase });
    expect(await text(page, '[data-testid="match-jobs"]')).toBe(formatCount(biggest.jobs));
    const count = countPostings(temp.db, filter({ framework: biggest.framework, useCase: biggest.useCase }));
    expect(await text(page, '[data-testid="match-postings"]')).toBe(formatCount(count.postings));
    expect(await page.getByLabel("Use case").inputValue()).toBe(biggest.useCase);

    // …and into the first posting, which carries both labels.
    await Promise.all([page.waitForURL(/\/postings\/\d+$/), page.locator('[data-testid="results"] tbody tr').first().locator("a").first().click()]);
    await page.waitForLoadState("networkidle");
    expect(await page.locator(`[data-testid="frameworks"] [data-framework="${biggest.framework}"]`).count()).toBe(1);
    expect((await text(page, '[data-testid="facts"]')).length).toBeGreaterThan(0);
    await done();
  });

  it("/postings counts what the query counts, through the form, a full-text search, paging and a salary range", async () => {
    const { page, done } = await open("/postings");
    const all = countPostings(temp.db, filter({}));
    expect(await text(page, '[data-testid="match-postings"]')).toBe(formatCount(all.postings));
    expect(await text(page, '[data-testid="match-jobs"]')).toBe(formatCount(all.jobs ?? -1));
    expect(await page.locator('[data-testid="results"] tbody tr').count()).toBe(25);
    expect(await text(page, '[data-testid="page-of"]')).toBe("Page 1 of 40");

    await page.getByLabel("Framework").selectOption("pytorch");
    await page.getByLabel("Source").selectOption("hn");
    await submit(page, /framework=pytorch/);
    const pytorchHn = countPostings(temp.db, filter({ framework: "pytorch", source: "hn" }));
    expect(await text(page, '[data-testid="match-postings"]')).toBe(formatCount(pytorchHn.postings));
    expect(await page.locator('[data-testid="results"] tbody tr').count()).toBe(Math.min(25, pytorchHn.postings));

    // Full-text search from the keyboard: type, then Enter submits the form.
    await page.goto(`${server.url}/postings`);
    await page.getByLabel("Search title, company, description").fill("computer vision");
    await Promise.all([page.waitForURL(/q=computer\+vision/), page.getByLabel("Search title, company, description").press("Enter")]);
    const vision = searched({ q: "computer vision", sort: "relevance" });
    expect(vision.count.postings).toBeGreaterThan(0);
    expect(await text(page, '[data-testid="match-postings"]')).toBe(shownCount(vision.count));
    // Left at its default, the order of a search is best match first.
    expect(await page.getByLabel("Sort by").inputValue()).toBe("");
    const best = vision.rows[0];
    expect(await page.locator('[data-testid="results"] tbody tr').first().getAttribute("data-posting-id")).toBe(String(best?.id));
    await page.screenshot({ path: "test-results/postings.png", fullPage: true });

    // FTS5 syntax typed by a user is searched as words, never an error.
    for (const q of ['pytorch OR "', "NEAR(vision", "title:engineer*", "-)("]) {
      await page.goto(`${server.url}/postings?q=${encodeURIComponent(q)}`, { waitUntil: "networkidle" });
      expect(await text(page, '[data-testid="match-postings"]')).toBe(shownCount(searched({ q, sort: "relevance" }).count));
    }

    // Paging keeps the filters; a salary range keeps only overlapping USD ranges.
    await page.goto(`${server.url}/postings?source=ashby`, { waitUntil: "networkidle" });
    await Promise.all([page.waitForURL(/page=2/), page.getByRole("link", { name: "Next →" }).click()]);
    expect(new URL(page.url()).searchParams.get("source")).toBe("ashby");
    expect(await text(page, '[data-testid="match-count"]')).toContain("showing 26–50");
    await page.goto(`${server.url}/postings?salary_min=200000&sort=salary`, { waitUntil: "networkidle" });
    const rich = countPostings(temp.db, filter({ salaryMin: 200_000, sort: "salary" }));
    expect(await text(page, '[data-testid="match-postings"]')).toBe(formatCount(rich.postings));
    const salaries = await page.locator('[data-testid="results"] [data-col="salary"]').allTextContents();
    for (const cell of salaries) expect(Number(cell.split("–").at(-1)?.replace(/[$,]/g, ""))).toBeGreaterThanOrEqual(200_000);
    await done();
  });

  it("/postings stops counting a broad search at the limit, says so, and counts every match on request", async () => {
    const q = "engineer";
    const limited = searched({ q, sort: "relevance" });
    const whole = searched({ q, sort: "relevance", matches: "all" });
    expect(limited.count.capped).toBe(true);
    expect(whole.count.postings).toBeGreaterThan(SEARCH_LIMIT_HERE);

    const { page, done } = await open(`/postings?q=${q}`);
    expect(await text(page, '[data-testid="match-postings"]')).toBe(`More than ${formatCount(SEARCH_LIMIT_HERE)}`);
    expect(await text(page, '[data-testid="match-count"]')).toContain(`the best matches among the ${formatCount(SEARCH_LIMIT_HERE)} most recently collected`);
    expect(await page.locator('[data-testid="match-jobs"]').count()).toBe(0);
    expect(await text(page, '[data-testid="page-of"]')).toBe(`Page 1 of ${SEARCH_LIMIT_HERE / 25}`);
    expect(await page.locator('[data-testid="results"] tbody tr').first().getAttribute("data-posting-id")).toBe(String(limited.rows[0]?.id));
    await page.screenshot({ path: "test-results/postings-capped.png", fullPage: true });

    await Promise.all([page.waitForURL(/matches=all/), page.getByTestId("all-matches").click()]);
    await page.waitForLoadState("networkidle");
    expect(await text(page, '[data-testid="match-postings"]')).toBe(formatCount(whole.count.postings));
    expect(await text(page, '[data-testid="match-jobs"]')).toBe(formatCount(whole.count.jobs ?? -1));
    expect(await page.locator('[data-testid="results"] tbody tr').first().getAttribute("data-posting-id")).toBe(String(whole.rows[0]?.id));
    // Paging keeps every match counted.
    await Promise.all([page.waitForURL(/page=2/), page.getByRole("link", { name: "Next →" }).click()]);
    expect(new URL(page.url()).searchParams.get("matches")).toBe("all");
    await done();

    // The API says whether its count is whole.
    const api = async (query: string) => ((await (await fetch(`${server.url}/api/v1/postings?${query}`)).json()) as { page: { postings: number; jobs: number | null; complete: boolean } }).page;
    expect(await api(`q=${q}`)).toMatchObject({ postings: SEARCH_LIMIT_HERE, jobs: null, complete: false });
    expect(await api(`q=${q}&matches=all`)).toMatchObject({ postings: whole.count.postings, jobs: whole.count.jobs, complete: true });
  });

  it("says which filters it ignored instead of failing", async () => {
    const { page, done } = await open("/postings?seniority=boss&page=abc&salary_min=9&salary_max=1&country=Germany");
    const problems = await text(page, '[data-testid="param-problems"]');
    expect(problems).toContain("Ignored seniority = “boss”");
    expect(problems).toContain("Ignored page = “abc”");
    expect(problems).toContain("Ignored country = “Germany”");
    expect(problems).toContain("the minimum is above the maximum");
    expect(await text(page, '[data-testid="match-postings"]')).toBe(formatCount(countPostings(temp.db, filter({})).postings));
    await done();

    const trends = await fetch(`${server.url}/trends?from=2026-13&framework=torch7&to=%3Cscript%3E`);
    expect(trends.status).toBe(200);
    const html = await trends.text();
    expect(html).toContain("Ignored framework");
    // The bad value is shown escaped, never as markup.
    expect(html).toContain("Ignored to = “&lt;script&gt;”");
    expect(html).not.toContain("<script>”");
    expect((await fetch(`${server.url}/postings/not-a-number`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/postings/not-a-number`)).text()).toContain("is not a posting id");
    expect((await fetch(`${server.url}/postings/99999999`)).status).toBe(404);
  });

  it("/postings/[id] renders a scraped <script> as text, with salary, snippets and a safe link to the original", async () => {
    const hostile = temp.db.select({ id: postings.id }).from(postings).where(eq(postings.sourceId, HOSTILE_POSTING.sourceId)).get();
    if (!hostile) throw new Error("the hand-made posting was not seeded");
    const { page, done } = await open(`/postings/${hostile.id}`);
    expect(await text(page, '[data-testid="posting-title"]')).toBe(HOSTILE_POSTING.title);
    const description = page.getByTestId("description");
    expect(await description.textContent()).toBe(HOSTILE_POSTING.description);
    expect(await description.locator("script, img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pulseInjected?: boolean }).__pulseInjected)).toBeUndefined();
    expect(await page.getByTestId("original-link").getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(await text(page, '[data-testid="salary-posted"]')).toBe("€70,000–€90,000 per year (“€70k–90k”)");
    expect(await text(page, '[data-testid="salary-usd"]')).toContain(`at the rates of ${RATES_DATE}`);
    expect(await text(page, '[data-testid="frameworks"] [data-framework="pytorch"]')).toContain("We build vision models in PyTorch.");
    await done("posting");

    // A posting of a duplicate group lists the other members.
    const grouped = temp.db
      .select({ id: postings.id, group: sql<number>`coalesce(${postings.groupId}, ${postings.id})` })
      .from(postings)
      .where(and(eq(postings.source, "hn"), ne(postings.groupId, postings.id)))
      .get();
    if (!grouped) throw new Error("the seed has no duplicate group");
    const members = temp.db.select({ id: postings.id }).from(postings).where(and(eq(sql`coalesce(${postings.groupId}, ${postings.id})`, grouped.group), ne(postings.id, grouped.id))).all();
    const second = await open(`/postings/${grouped.id}`);
    expect(await second.page.locator('[data-testid="group-members"] li').count()).toBe(members.length);
    await second.done();
  });

  it("/methodology lists every source's last run and counts, the rates date, the demand/supply index and salary-band formulas and the known breaks", async () => {
    const { page, done } = await open("/methodology");
    for (const row of getSourceStatus(temp.db)) {
      const cell = `[data-testid="sources-table"] tr[data-source="${row.source}"]`;
      expect(await text(page, `${cell} [data-col="stored"]`)).toContain(formatCount(row.stored));
      expect(await text(page, `${cell} [data-col="last-run"]`)).toContain(row.lastRun ? row.lastRun.status : "never run");
      if (row.lastRun) expect(await text(page, `${cell} [data-col="last-run"]`)).toContain(`${formatCount(row.lastRun.fetched)} read · ${formatCount(row.lastRun.newCount)} new`);
    }
    expect(await text(page, '[data-testid="sources-table"] tr[data-source="ashby"] [data-col="fidelity"]')).toBe("reformatted ×22");
    expect(await text(page, '[data-testid="rates-date"]')).toBe(RATES_DATE);
    expect(await text(page, '[data-testid="hn-gaps"]')).toContain("Apr 2018 – Dec 2025 (93)");
    expect(await page.locator("#taxonomy dt").count()).toBeGreaterThanOrEqual(8);
    expect(await text(page, '[data-testid="methodology-index-formula"]')).toContain(DEMAND_SUPPLY_INDEX_FORMULA);
    expect(await text(page, '[data-testid="methodology-salary-bands"]')).toContain(`fewer than ${MIN_BAND_N} figures is suppressed`);
    await done("methodology");
  });
});
