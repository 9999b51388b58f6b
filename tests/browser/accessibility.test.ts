import fs from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "@/lib/ui/routes";
import { auditedPages } from "../helpers/audited-pages";
import { auditPage, describeViolations, isBlocking } from "../helpers/axe";
import { launchChromium } from "../helpers/browser";
import { chartsWithoutAlternative, documentOverflow, focusedElement, ringIsVisible, ringWithoutFocus, textSmallerThan, unreachableScrollBoxes, type FocusRing } from "../helpers/layout-probes";
import { startNextServer } from "../helpers/next-server";
import { seriesColors, type SeriesColor } from "../helpers/series-colors";
import { seedDashboard } from "../helpers/seed-dashboard";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { createTempDb } from "../helpers/temp-db";

// One database seeded through the real scrapers, one `next start`, one Chromium for the file.
let temp: ReturnType<typeof createTempDb>;
let server: Awaited<ReturnType<typeof startNextServer>>;
let browser: Browser;
let pages: ReturnType<typeof auditedPages>;

const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

beforeAll(async () => {
  temp = createTempDb();
  const runs = await seedDashboard(temp.db);
  expect(runs.map((run) => `${run.source}:${run.status}`)).toEqual(["hn:ok", "hn:ok", "ashby:ok", "remotive:ok", "adoption-series:ok", "so-survey:ok"]);
  pages = auditedPages(temp.db);
  server = await startNextServer({ PULSE_DB: temp.file, PULSE_SNAPSHOT: SNAPSHOT_DIR });
  browser = await launchChromium();
  fs.mkdirSync("test-results", { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.cleanup();
});

/** A page in its own context that records every console error; `close` fails on any. */
async function open(path: string, options: BrowserContextOptions = LAPTOP): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(`${path}: ${message.text()}`));
  page.on("pageerror", (error) => errors.push(`${path}: ${error.message}`));
  const response = await page.goto(`${server.url}${path}`, { waitUntil: "load", timeout: 60_000 });
  expect(response?.status(), path).toBe(200);
  // Charts draw on the client: the audit looks at them drawn.
  await page.waitForFunction(() => document.querySelectorAll(".recharts-responsive-container").length === document.querySelectorAll(".recharts-responsive-container:has(svg.recharts-surface)").length, null, { timeout: 30_000 });
  return {
    page,
    async close() {
      expect(errors).toEqual([]);
      await context.close();
    },
  };
}

describe("accessibility in Chromium", () => {
  it("axe-core finds no serious or critical WCAG 2 A/AA violation on any page, and every chart is a named image beside its n", async () => {
    const blocking: string[] = [];
    for (const { path } of pages) {
      const { page, close } = await open(path);
      const violations = await auditPage(page);
      const rest = violations.filter((v) => !isBlocking(v));
      if (rest.length) console.log(describeViolations(path, rest));
      const found = violations.filter(isBlocking);
      if (found.length) blocking.push(describeViolations(path, found));
      for (const problem of await chartsWithoutAlternative(page)) blocking.push(`${path}: ${problem}`);
      await close();
    }
    expect(blocking.join("\n")).toBe("");
  });
});

describe("keyboard", () => {
  it("tabs from the top through the skip link, the navigation and the filters, each with a visible focus ring, and Enter submits", async () => {
    const { page, close } = await open("/trends");
    const stops: Array<{ tag: number; name: string; focusVisible: boolean; ring: FocusRing }> = [];
    for (let tag = 0; tag < 40 && stops.at(-1)?.name !== "Apply filters"; tag++) {
      await page.keyboard.press("Tab");
      const focused = await focusedElement(page, tag);
      // A month input takes one Tab per part (month, year): it is one stop.
      if (focused && focused.tag !== stops.at(-1)?.tag) stops.push(focused);
    }
    const names = stops.map((stop) => stop.name);
    expect(names[0]).toBe("Skip to content");
    expect(names.slice(1, 1 + ROUTES.length)).toEqual(ROUTES.map((route) => route.label));
    const filters = ["From month", "To month", "Framework with interval", "Indeed country", "Apply filters"];
    const rest = names.slice(1 + ROUTES.length);
    expect(rest.filter((name) => filters.includes(name))).toEqual(filters);
    // Between the navigation and the form only the page's own links: export links and the methodology link.
    expect(rest.slice(0, rest.indexOf("From month"))).toEqual(["CSV", "JSON", "Sources & methodology"]);
    for (const stop of stops) {
      expect(stop.focusVisible, stop.name).toBe(true);
      expect(ringIsVisible(stop.ring, await ringWithoutFocus(page, stop.tag)), `${stop.name}: ${JSON.stringify(stop.ring)}`).toBe(true);
    }

    // The skip link moves focus to the content; the first Tab from there reaches the page, not the navigation.
    await page.goto(`${server.url}/trends`, { waitUntil: "load" });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("content");
    await page.keyboard.press("Tab");
    expect((await focusedElement(page, 99))?.name).toBe("CSV");

    // Filters typed from the keyboard; Enter in a field submits the form to the filtered URL.
    await page.getByLabel("Framework with interval").focus();
    await page.keyboard.type("JAX");
    // A month field is two parts: the month by name, Tab, the year.
    await page.getByLabel("From month").focus();
    await page.keyboard.type("June");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2025");
    await Promise.all([page.waitForURL(/from=2025-06/), page.keyboard.press("Enter")]);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ from: "2025-06", to: "", framework: "jax", country: "" });
    await page.waitForLoadState("load");
    expect(await page.getByLabel("Framework with interval").inputValue()).toBe("jax");
    expect(await page.locator('[data-testid="interval-chart-boards"] h2').textContent()).toBe("JAX: monthly share with its 95% Wilson interval");
    await close();
  });

  it("marks the open section in the navigation, and only it, as the current page", async () => {
    const posting = pages.find((p) => p.name === "posting")!.path;
    for (const [path, label] of [["/", "Overview"], ["/trends?framework=jax", "Trends"], [posting, "Postings"], ["/surveys", "Survey rows"]]) {
      const { page, close } = await open(path!);
      const current = await page.locator('nav[aria-label="Main"] a[aria-current="page"]').allTextContents();
      expect(current, path).toEqual([label]);
      await close();
    }
  });
});

describe("phone", () => {
  it("every page fits a 390 px wide phone: no sideways scrolling, a usable navigation, no text under 12 px", async () => {
    const problems: string[] = [];
    for (const { name, path } of pages) {
      const { page, close } = await open(path, PHONE);
      const overflow = await documentOverflow(page);
      if (overflow > 1) problems.push(`${path}: the document is ${overflow}px wider than the window`);
      for (const box of await unreachableScrollBoxes(page)) problems.push(`${path}: a box scrolls sideways but cannot be focused or has no name: ${box}`);
      for (const text of await textSmallerThan(page, 12)) problems.push(`${path}: text under 12px: ${text}`);
      const nav = page.getByRole("navigation", { name: "Main" });
      const links = await nav.getByRole("link").evaluateAll((links) => links.map((link) => ({ text: link.textContent, box: link.getBoundingClientRect().toJSON() as DOMRect })));
      expect(links.map((link) => link.text)).toEqual(ROUTES.map((route) => route.label));
      for (const { text, box } of links) if (box.left < 0 || box.right > 390 || box.height < 24) problems.push(`${path}: nav link ${text} is off screen or under 24px tall (${JSON.stringify(box)})`);
      await page.screenshot({ path: `test-results/phone-${name}.png`, fullPage: true });
      await close();
    }
    expect(problems).toEqual([]);

    // The navigation works by touch.
    const { page, close } = await open("/", PHONE);
    await Promise.all([page.waitForURL(/\/salaries$/), page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Salaries" }).tap()]);
    expect(await page.locator("h1").textContent()).toContain("Salaries");
    await close();
  });
});

describe("print", () => {
  it("prints charts and tables in the framework colours, without the navigation, the filters or the export links", async () => {
    const { page, close } = await open("/trends");
    const onScreen = await seriesColors(page, '[data-testid="ma-chart-hn"]');
    await page.emulateMedia({ media: "print" });
    for (const hidden of ['nav[aria-label="Main"]', "form", '[data-testid="export-links-trends"]', 'a[href="#content"]']) await expect.poll(() => page.locator(hidden).first().isVisible()).toBe(false);
    for (const shown of ['[data-testid="ma-chart-hn"] svg.recharts-surface', '[data-testid="interval-svg-boards"] svg', '[data-testid="counts-hn"]', '[data-testid="papers-table"]']) expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="ma-chart-hn"] .recharts-line path') as Element).printColorAdjust)).toBe("exact");
    expect(await seriesColors(page, '[data-testid="ma-chart-hn"]')).toEqual(onScreen);
    expect(onScreen.TensorFlow?.mark).toBe("rgb(59, 130, 246)");
    await close();

    const report = await open("/report");
    await report.page.emulateMedia({ media: "print" });
    expect(await report.page.locator('nav[aria-label="Main"]').isVisible()).toBe(false);
    expect(await report.page.getByTestId("report-pdf-link").isVisible()).toBe(false);
    expect(await report.page.locator("[data-report-chart] svg.recharts-surface").count()).toBe(2);
    for (const chart of await report.page.locator("[data-report-chart] svg.recharts-surface").all()) expect(await chart.isVisible()).toBe(true);
    expect(await report.page.getByTestId("summary-table").isVisible()).toBe(true);
    await report.close();
  });
});

describe("framework colours", () => {
  it("TensorFlow and PyTorch keep one colour in every chart and legend, across pages and chart kinds", async () => {
    const seen: Array<{ where: string; series: string; color: SeriesColor }> = [];
    for (const [path, card] of [
      ["/", '[data-testid="share-chart"]'],
      ["/trends", '[data-testid="ma-chart-boards"]'],
      ["/talent", '[data-testid="supply"]'],
      ["/use-cases", '[data-testid="split-chart"]'],
      ["/report", '[data-testid="report-trend-hn"]'],
    ] as const) {
      const { page, close } = await open(path);
      const colors = await seriesColors(page, card);
      for (const series of ["TensorFlow", "PyTorch"]) {
        const color = colors[series];
        if (!color) throw new Error(`${path} ${card} has no ${series} series`);
        seen.push({ where: `${path} ${card}`, series, color });
      }
      await close();
    }
    const byName = (series: string) => seen.filter((s) => s.series === series);
    for (const series of ["TensorFlow", "PyTorch"]) {
      const colors = new Set(byName(series).flatMap((s) => [s.color.legend, s.color.mark]));
      expect([...colors], `${series}: ${JSON.stringify(byName(series))}`).toHaveLength(1);
    }
    expect(byName("TensorFlow")[0]?.color.mark).not.toBe(byName("PyTorch")[0]?.color.mark);
  });
});
