import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultPeriod, getOverviewTiles } from "@/db/queries/overview";
import { getMonthlyFrameworkCounts } from "@/db/queries/trends";
import { runSourceTick } from "@/jobs/scrape-source";
import { createReplayServer } from "@/lib/replay/server";
import { hnSource } from "@/scrapers/hn";
import { launchChromium } from "../helpers/browser";
import { testHttpClient } from "../helpers/http";
import { checkedInConfig } from "../helpers/sources-config";
import { startNextServer } from "../helpers/next-server";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { createTempDb } from "../helpers/temp-db";

let temp: ReturnType<typeof createTempDb>;
let server: Awaited<ReturnType<typeof startNextServer>>;
let browser: Browser;

beforeAll(async () => {
  temp = createTempDb();
  const replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
  const http = testHttpClient(replay.url);
  const now = new Date("2026-11-26T12:00:00Z");
  const tick = { db: temp.db, http, source: hnSource, config: checkedInConfig("hn"), now };
  await runSourceTick({ ...tick, options: { from: "2018-03", to: "2018-04" } });
  await runSourceTick({ ...tick, options: { from: "2026-01" } });
  await http.close();
  await replay.close();
  server = await startNextServer({ PULSE_DB: temp.file });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.cleanup();
});

describe("overview page in Chromium", () => {
  it("shows the monthly counts from the database, the chart and its n, without console errors", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    const consoleErrors: string[] = [];
    page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    const response = await page.goto(server.url, { waitUntil: "load", timeout: 90_000 });
    expect(response?.status()).toBe(200);

    const expected = getMonthlyFrameworkCounts(temp.db, { source: "hn" });
    expect(expected.map((r) => r.month)).toEqual(["2018-03", "2018-04", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    for (const row of expected) {
      const cells = page.locator(`[data-month="${row.month}"]`);
      await expect.poll(() => cells.locator('[data-col="postings"]').textContent(), { timeout: 20_000 }).toBe(row.postings.toLocaleString("en-US"));
      expect(await cells.locator('[data-col="pytorch"]').textContent()).toMatch(new RegExp(`^${row.pytorch.toLocaleString("en-US")} `));
      expect(await cells.locator('[data-col="tensorflow"]').textContent()).toMatch(new RegExp(`^${row.tensorflow.toLocaleString("en-US")} `));
    }
    const total = expected.reduce((sum, r) => sum + r.postings, 0);
    expect(await page.getByTestId("chart-n").textContent()).toContain(`n = ${total.toLocaleString("en-US")} postings in 7 monthly threads`);

    // Tremor draws one coloured line per framework.
    const lines = page.locator('[data-testid="share-chart"] .recharts-line path.recharts-curve');
    await expect.poll(() => lines.count(), { timeout: 20_000 }).toBe(4);
    const strokes = await lines.evaluateAll((paths) => paths.map((p) => getComputedStyle(p).stroke));
    expect(new Set(strokes).size).toBe(4);

    // Headline tiles: the last twelve months of data, each number with its n.
    const period = defaultPeriod(temp.db, {});
    const overview = getOverviewTiles(temp.db, period!);
    expect(overview.period).toEqual({ from: "2025-06", to: "2026-05" });
    for (const tile of overview.tiles) {
      const card = page.getByTestId(`tile-${tile.framework}`);
      expect(await card.getByTestId("tile-jobs").textContent()).toBe(tile.jobs.toLocaleString("en-US"));
      expect(await card.getByTestId("tile-share").textContent()).toContain(`of ${overview.frameworkJobs.toLocaleString("en-US")} jobs`);
      expect(await card.getByTestId("tile-pay").textContent()).toContain(`n = ${tile.payN}`);
    }
    expect(overview.tiles.find((t) => t.framework === "pytorch")?.jobs).toBeGreaterThan(0);

    fs.mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/overview.png", fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("sets the security headers and ignores malformed filters instead of failing", async () => {
    const response = await fetch(`${server.url}/?from=2026-13&to=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const html = await response.text();
    expect(html).not.toContain("<img src=x");
    expect(html).toContain('data-month="2026-05"');
  });

  it("narrows the months with ?from and ?to", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?from=2026-02&to=2026-03`, { timeout: 90_000 });
    await expect.poll(() => page.locator("[data-month]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-month"))), { timeout: 20_000 }).toEqual(["2026-02", "2026-03"]);
    await page.close();
  });
});
