import type { Browser } from "playwright-core";
import { RenderError } from "@/lib/api/errors";
import { launchChromium } from "@/lib/browser/chromium";

/** A4 at 96 dpi: the report is laid out and its charts measured at the paper's width. */
export const A4_VIEWPORT = { width: 794, height: 1123 } as const;

export type RenderOptions = {
  /** The running dashboard, e.g. http://127.0.0.1:3000. */
  appUrl: string;
  /** The report's filters (`from`, `to`, `year`), as its URL takes them. */
  search?: URLSearchParams;
  /** A browser to reuse; without one, a Chromium is launched and closed for this report. */
  browser?: Browser;
  timeoutMs?: number;
};

const FOOTER = `<div style="width:100%;font-size:8px;color:#6b7280;text-align:center;font-family:sans-serif">Framework Pulse trend report · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

/**
 * Opens /report in Chromium at A4 width, waits for every chart to draw, and prints it to PDF.
 * The page may load nothing from other hosts. Fails with a RenderError, never a half-made file.
 */
export async function renderReportPdf({ appUrl, search, browser, timeoutMs = 60_000 }: RenderOptions): Promise<Buffer> {
  const base = new URL(appUrl);
  const url = new URL(`/report${search?.size ? `?${search}` : ""}`, base);
  const owned = browser ? null : await launchChromium().catch((error: unknown) => {
    throw new RenderError(`cannot start Chromium: ${error instanceof Error ? error.message : String(error)}`);
  });
  const context = await (browser ?? owned!).newContext({ viewport: A4_VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    // Nothing from other hosts, and no router prefetches of other pages: a printout needs neither,
    // and a prefetch that never answers would hold the page open.
    await page.route("**/*", (route) => {
      const target = new URL(route.request().url());
      return target.origin === base.origin && !target.searchParams.has("_rsc") ? route.continue() : route.abort();
    });
    const response = await page.goto(url.href, { waitUntil: "load", timeout: timeoutMs }).catch((error: unknown) => {
      throw new RenderError(`cannot open ${url.href}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    });
    if (!response?.ok()) throw new RenderError(`${url.href} answered ${response?.status() ?? "nothing"}`);
    if ((await page.locator("article.report").count()) !== 1) throw new RenderError(`${url.href} is not the Framework Pulse report page`);
    const problems = await page.locator('[data-testid="param-problems"] li').allTextContents();
    if (problems.length) throw new RenderError(`the report ignored some filters: ${problems.join(" ")}`);
    // Recharts draws after hydration and a resize observation: wait for every chart's surface.
    await page.waitForFunction(() => [...document.querySelectorAll("[data-report-chart]")].every((chart) => chart.querySelector("svg.recharts-surface")));
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: FOOTER });
    return Buffer.from(pdf);
  } finally {
    await context.close().catch(() => undefined);
    await owned?.close().catch(() => undefined);
  }
}
