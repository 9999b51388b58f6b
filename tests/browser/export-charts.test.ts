import type { Browser, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMonth } from "@/lib/ui/format";
import { launchChromium } from "../helpers/browser";
import { startNextServer } from "../helpers/next-server";
import { seedDashboard } from "../helpers/seed-dashboard";
import { createTempDb } from "../helpers/temp-db";

type Row = Record<string, string | number | boolean | null>;
type Chart = { title: string; n: number; nUnit: string; rows: Row[] };
type Export = { meta: { view: string; filters: Record<string, unknown> }; charts: Record<string, Chart> };

let temp: ReturnType<typeof createTempDb>;
let server: Awaited<ReturnType<typeof startNextServer>>;
let browser: Browser;

beforeAll(async () => {
  temp = createTempDb();
  await seedDashboard(temp.db);
  server = await startNextServer({ PULSE_DB: temp.file });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.cleanup();
});

/** The page in Chromium, and its own JSON export fetched through the link the page shows. */
async function pageAndExport(view: string, pathname: string): Promise<{ page: Page; errors: string[]; data: Export }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  const errors: string[] = [];
  const prefetch404 = (message: ConsoleMessage) => message.text().includes("status of 404") && message.location().url.includes("_rsc=");
  page.on("console", (message) => message.type() === "error" && !prefetch404(message) && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(`${server.url}${pathname}`, { waitUntil: "load", timeout: 60_000 });
  expect(response?.status()).toBe(200);
  const href = await page.locator(`[data-testid="export-links-${view}"] a[href^="/export/${view}.json"]`).getAttribute("href");
  const query = pathname.includes("?") ? pathname.slice(pathname.indexOf("?")) : "";
  expect(href).toBe(`/export/${view}.json${query}`);
  const exported = await fetch(`${server.url}${href}`);
  expect(exported.status).toBe(200);
  return { page, errors, data: (await exported.json()) as Export };
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").trim();
/** The first whole number in a cell ("1,234 (5.6%)" → 1234). */
const count = async (page: Page, selector: string) => Number(/[\d,]+/.exec(await text(page, selector))?.[0]?.replace(/,/g, ""));
/** The card's "n = 1,234 …". */
const cardN = async (page: Page, testId: string) => Number(/n = ([\d,]+)/.exec(await text(page, `[data-testid="${testId}-n"]`))?.[1]?.replace(/,/g, ""));
/** Every percentage in a cell, as numbers ("12 (5.6%, 3.1–9.0%)" → [5.6, 3.1, 9.0]; a range's first bound has no % sign). */
const percents = async (page: Page, selector: string) => [...(await text(page, selector)).matchAll(/(\d+\.\d)(?=%|–)/g)].map((m) => Number(m[1]));
/** A share of the export (0–1) as the page shows it to one decimal of a percent. */
const shownAs = (share: unknown, shown: number | undefined) => expect(Math.abs(Number(share) * 100 - (shown ?? NaN))).toBeLessThanOrEqual(0.05 + 1e-9);
const chart = (data: Export, name: string): Chart => {
  const found = data.charts[name];
  if (!found) throw new Error(`no chart ${name}`);
  return found;
};

describe("every chart of a page is in its export, with the numbers the page shows", () => {
  it("trends: posting shares with intervals and moving averages, annotations, papers, Indeed and survey use", async () => {
    const { page, errors, data } = await pageAndExport("trends", "/trends?from=2018-01&framework=tensorflow");
    let compared = 0;
    for (const group of ["hn", "boards"] as const) {
      const share = chart(data, `share-${group}`);
      expect(await cardN(page, `ma-chart-${group}`)).toBe(share.n);
      expect(await cardN(page, `interval-chart-${group}`)).toBe(share.n);
      const months = await page.locator(`[data-testid="counts-${group}"] [data-month]`).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-month")!));
      expect(months.length).toBeGreaterThan(0);
      expect([...new Set(share.rows.map((row) => row.month))]).toEqual(months);
      for (const month of months) {
        const cells = `[data-testid="counts-${group}"] [data-month="${month}"]`;
        for (const row of share.rows.filter((r) => r.month === month)) {
          expect(await count(page, `${cells} [data-col="postings"]`)).toBe(row.n);
          const cell = `${cells} [data-col="${String(row.framework)}"]`;
          expect(await count(page, cell)).toBe(row.mentions);
          const [shown, low, high] = await percents(page, cell);
          shownAs(row.share, shown);
          if (row.shareLow !== row.shareHigh) {
            shownAs(row.shareLow, low);
            shownAs(row.shareHigh, high);
          }
          if (row.framework === "tensorflow") {
            const average = await text(page, `${cells} [data-col="average"]`);
            if (row.movingAverage3m === null) expect(average).toBe("–");
            else shownAs(row.movingAverage3m, Number(average.replace("%", "")));
          }
          compared++;
        }
      }
      const annotations = await page.locator(`[data-testid="annotations-${group}"] [data-annotation-month]`).evaluateAll((lis) => lis.map((li) => li.textContent));
      expect(annotations).toEqual(chart(data, `annotations-${group}`).rows.map((row) => `${formatMonth(String(row.month))}: ${String(row.note)}`));
    }
    expect(compared).toBeGreaterThan(20);
    expect(chart(data, "annotations-boards").rows.length).toBeGreaterThan(0);

    const papers = chart(data, "papers");
    expect(await cardN(page, "papers-chart")).toBe(papers.n);
    const years = await page.locator('[data-testid="papers-table"] [data-year]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-year")!));
    expect(years).toEqual([...new Set(papers.rows.map((row) => row.year))]);
    for (const row of papers.rows) {
      const tr = `[data-testid="papers-table"] [data-year="${String(row.year)}"]`;
      expect(await count(page, `${tr} [data-col="total"]`)).toBe(row.n);
      expect(await count(page, `${tr} [data-col="${String(row.framework)}"]`)).toBe(row.papers);
      shownAs(row.share, (await percents(page, `${tr} [data-col="${String(row.framework)}"]`))[0]);
    }

    const indeed = chart(data, "indeed-ai-share");
    expect(indeed.n).toBeGreaterThan(0);
    expect(await cardN(page, "indeed-chart")).toBe(indeed.n);
    const countries = new Set(indeed.rows.map((row) => row.country)).size;
    expect(await text(page, '[data-testid="indeed-chart-n"]')).toContain(`in ${countries} ${countries === 1 ? "country" : "countries"}`);
    // The chart's first and last month are the export's first and last.
    expect(indeed.rows.every((row) => String(row.month) >= "2018-01")).toBe(true);

    const survey = chart(data, "survey-usage");
    expect(await cardN(page, "survey-usage")).toBe(survey.n);
    expect(survey.rows.length).toBeGreaterThan(0);
    for (const row of survey.rows) {
      const cell = `[data-testid="survey-table"] [data-year="${String(row.year)}"] [data-col="${String(row.framework)}"]`;
      expect(await count(page, `[data-testid="survey-table"] [data-year="${String(row.year)}"] [data-col="sample"]`)).toBe(row.n);
      expect(await count(page, cell)).toBe(row.respondents);
      const [shown, low, high] = await percents(page, cell);
      shownAs(row.share, shown);
      shownAs(row.shareLow, low);
      shownAs(row.shareHigh, high);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("talent: the supply card and the three index cards", async () => {
    const { page, errors, data } = await pageAndExport("talent", "/talent");
    const supply = chart(data, "supply");
    expect(await cardN(page, "supply")).toBe(supply.n);
    expect(supply.rows.length).toBe(8);
    for (const row of supply.rows) {
      const tr = `[data-testid="supply-table"] [data-framework="${String(row.framework)}"]`;
      expect(await count(page, `${tr} [data-col="${row.relation === "used" ? "used" : "wanted"}-n"]`)).toBe(row.naming);
      if (row.relation === "used") shownAs(row.share, (await percents(page, `${tr} [data-col="used-share"]`))[0]);
    }
    for (const name of ["index-overall", "index-by-role", "index-by-region"]) expect(await cardN(page, name), name).toBe(chart(data, name).n);
    for (const row of chart(data, "index-overall").rows) {
      const tr = `[data-testid="index-overall-table"] [data-framework="${String(row.framework)}"]`;
      expect(await count(page, `${tr} [data-col="demand"]`)).toBe(row.mentioning);
      const index = await text(page, `${tr} [data-col="index"]`);
      if (row.index === null) expect(index).toBe(String(row.thin));
      else expect(Math.abs(Number(index.replace("×", "")) - Number(row.index))).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    for (const row of chart(data, "index-by-role").rows) {
      const tr = `[data-testid="index-by-role-table"] [data-cell="${String(row.role)}"]`;
      expect(await count(page, `${tr} [data-col="postings"]`)).toBe(row.n);
      expect(await count(page, `${tr} [data-col="respondents"]`)).toBe(row.respondents);
      expect(await count(page, `${tr} [data-framework="${String(row.framework)}"] [data-col="demand"]`)).toBe(row.mentioning);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("salaries: every band of every origin card", async () => {
    const { page, errors, data } = await pageAndExport("salaries", "/salaries?split=seniority");
    let bands = 0;
    for (const origin of ["posted", "survey", "salary-survey"]) {
      const card = chart(data, `bands-${origin}`);
      expect(await cardN(page, `bands-${origin}`)).toBe(card.n);
      const shown = await page.locator(`[data-testid="bands-${origin}-table"] [data-framework]`).count();
      expect(shown).toBe(card.rows.length);
      for (const row of card.rows) {
        const tr = `[data-testid="bands-${origin}-table"] [data-framework="${String(row.framework)}"][data-cell="${String(row.seniority)}"][data-currency="${String(row.currency)}"]`;
        expect(await count(page, `${tr} [data-col="n"]`)).toBe(row.n);
        if (row.suppressed) expect(await page.locator(`${tr} [data-col="suppressed"]`).count()).toBe(1);
        else expect(await count(page, `${tr} [data-col="p50"]`)).toBe(row.p50);
        bands++;
      }
    }
    expect(bands).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("use cases: coverage, the split and the reverse", async () => {
    const { page, errors, data } = await pageAndExport("use-cases", "/use-cases?source=boards");
    const coverage = chart(data, "coverage").rows[0]!;
    expect(coverage.withBoth).toBeGreaterThan(0);
    expect(await count(page, '[data-testid="coverage"] strong')).toBe(coverage.n);
    expect(await count(page, '[data-testid="coverage-both"]')).toBe(coverage.withBoth);
    expect(await cardN(page, "split-chart")).toBe(chart(data, "split").n);
    expect(await cardN(page, "reverse-table")).toBe(chart(data, "reverse").n);
    for (const row of chart(data, "split").rows) {
      const tr = `[data-testid="split-table"] [data-use-case="${String(row.useCase)}"]`;
      expect(await count(page, `${tr} [data-col="jobs"]`)).toBe(row.useCaseJobs);
      expect(await count(page, `${tr} [data-col="with-framework"]`)).toBe(row.n);
      expect(await count(page, `${tr} [data-col="${String(row.framework)}"]`)).toBe(row.jobs);
    }
    for (const row of chart(data, "reverse").rows) {
      expect(await count(page, `[data-testid="reverse-table-rows"] [data-row="jobs"] [data-col="${String(row.framework)}"]`)).toBe(row.frameworkJobs);
      expect(await count(page, `[data-testid="reverse-table-rows"] [data-row="with-use-case"] [data-col="${String(row.framework)}"]`)).toBe(row.n);
      const cell = `[data-testid="reverse-table-rows"] [data-use-case="${String(row.useCase)}"] [data-col="${String(row.framework)}"]`;
      expect(await count(page, cell)).toBe(row.jobs);
      if (row.share !== null) shownAs(row.share, (await percents(page, cell))[0]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("overview: the tiles and the Hacker News chart, with an export link of its own", async () => {
    const { page, errors, data } = await pageAndExport("overview", "/?from=2025-12&to=2026-11");
    expect(data.meta.filters).toEqual({ from: "2025-12", to: "2026-11" });
    for (const row of chart(data, "tiles-jobs").rows) {
      const tile = `[data-testid="tile-${String(row.framework)}"]`;
      expect(await count(page, `${tile} [data-testid="tile-jobs"]`)).toBe(row.jobs);
      expect((await text(page, `${tile} [data-testid="tile-share"]`)).replace(/,/g, "")).toContain(`of ${String(row.n)} jobs naming any framework`);
      if (row.share !== null) shownAs(row.share, (await percents(page, `${tile} [data-testid="tile-share"]`))[0]);
    }
    for (const row of chart(data, "tiles-pay").rows) {
      const pay = (await text(page, `[data-testid="tile-${String(row.framework)}"] [data-testid="tile-pay"]`)).replace(/,/g, "");
      expect(pay).toContain(`(n = ${String(row.n)} USD ranges)`);
      expect(pay).toContain(row.medianUsd === null ? "not enough data" : `$${String(row.medianUsd)} a year`);
    }
    for (const row of chart(data, "tiles-survey").rows) {
      const survey = `[data-testid="tile-${String(row.framework)}"] [data-testid="tile-survey"]`;
      expect((await text(page, survey)).replace(/,/g, "")).toContain(`(${String(row.respondents)} of n = ${String(row.n)} respondents)`);
      shownAs(row.share, (await percents(page, survey))[0]);
    }
    const hn = chart(data, "hn-share");
    expect(Number(/n = ([\d,]+)/.exec(await text(page, '[data-testid="chart-n"]'))?.[1]?.replace(/,/g, ""))).toBe(hn.n);
    for (const row of hn.rows) {
      const tr = `[data-testid="counts-table"] [data-month="${String(row.month)}"]`;
      expect(await count(page, `${tr} [data-col="postings"]`)).toBe(row.n);
      expect(await count(page, `${tr} [data-col="${String(row.framework)}"]`)).toBe(row.mentions);
    }
    expect(hn.rows.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the overview's export is a 400 envelope where the page would ignore a parameter", async () => {
    const response = await fetch(`${server.url}/export/overview.csv?from=2026-13`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_parameters");
  });
});
