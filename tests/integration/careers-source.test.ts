import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { postings } from "@/db/schema";
import { runSourceTick } from "@/jobs/scrape-source";
import { launchChromium } from "@/lib/browser/chromium";
import { HttpClient } from "@/lib/http/client";
import { createCareersSource } from "@/scrapers/careers";
import { readJobRows } from "@/scrapers/careers/job-rows";
import { renderPage } from "@/scrapers/careers/render";
import type { CareerSiteConfig, SourceConfig } from "@/scrapers/config";
import type { Batch, Source } from "@/scrapers/types";
import { launchChromiumAllowingLoopback } from "../helpers/browser";
import { startStaticSite, type StaticSite } from "../helpers/static-site";
import { createTempDb } from "../helpers/temp-db";

const FIXTURES = "tests/fixtures/careers";
const USER_AGENT = "FrameworkPulse/0.1 (+https://example.test/contact; job-market research bot)";
const NOW = new Date("2026-11-26T12:00:00Z");

let site: StaticSite;
// Another host on the loopback: the page's script tries to reach it.
let elsewhere: StaticSite;
let temp: ReturnType<typeof createTempDb>;
let http: HttpClient;
let launched: Browser[];

beforeAll(async () => {
  site = await startStaticSite(FIXTURES);
  elsewhere = await startStaticSite(FIXTURES);
});
afterAll(async () => {
  await site?.close();
  await elsewhere?.close();
});
beforeEach(() => {
  temp = createTempDb();
  http = new HttpClient({ userAgent: USER_AGENT, paceMs: 0, forcePaceMs: 0, timeoutMs: 2_000, retries: 1, retryBaseMs: 20, maxBodyBytes: 5_000_000 });
  launched = [];
  site.requests.length = 0;
  elsewhere.requests.length = 0;
});
afterEach(async () => {
  await Promise.all(launched.map((browser) => browser.close()));
  await http.close();
  temp.cleanup();
});

// Every browser a run launches is kept, to check that the run closed it.
const sourceLaunching = (launch: () => Promise<Browser>) =>
  createCareersSource({
    launchBrowser: async () => {
      const browser = await launch();
      launched.push(browser);
      return browser;
    },
    userAgent: () => USER_AGENT,
    renderTimeoutMs: 5_000,
  });
const source = sourceLaunching(launchChromium);

function acmeSite(overrides: Partial<CareerSiteConfig> = {}): CareerSiteConfig {
  return {
    name: "acme",
    company: "Acme AI",
    url: `${site.url}/jobs-page.html?beacon=${encodeURIComponent(`${elsewhere.url}/beacon`)}`,
    selectors: { job: "#jobs .job", title: ".job-title", link: "a", location: ".job-location", description: ".job-summary" },
    waitFor: "#jobs .job",
    ...overrides,
  };
}

const configWith = (sites: CareerSiteConfig[]): SourceConfig => ({ enabled: true, schedule: "0 * * * *", paceMs: 0, boards: [], sites });

const tickWith = (careers: Source, sites: CareerSiteConfig[]) => runSourceTick({ db: temp.db, http, source: careers, config: configWith(sites), now: NOW });
const tick = (sites: CareerSiteConfig[]) => tickWith(source, sites);

async function batchesOf(sites: CareerSiteConfig[]): Promise<Batch[]> {
  const batches: Batch[] = [];
  const context = { http, options: {}, config: configWith(sites), now: NOW, validatorsFor: () => null };
  for await (const batch of source.scrape(context)) batches.push(batch);
  return batches;
}

describe("careers source against a loopback site whose job list is built by JavaScript", () => {
  it("ingests every job the page's script builds, with title, url and location", async () => {
    const summary = await tick([acmeSite()]);
    expect(summary.status).toBe("ok");
    const rows = temp.db.select().from(postings).where(eq(postings.source, "careers")).all();
    expect(rows.map((row) => ({ title: row.title, url: row.url, location: row.locationText, company: row.company }))).toEqual([
      { title: "Machine Learning Engineer, Training", url: `${site.url}/jobs/ml-engineer-training`, location: "Berlin, Germany", company: "Acme AI" },
      { title: "Research Scientist", url: `${site.url}/careers/jobs/research-scientist?team=vision`, location: "Remote (EU)", company: "Acme AI" },
      { title: "ML Platform Engineer", url: "https://boards.ats.example/acme/4711", location: "London, UK", company: "Acme AI" },
      { title: "Data Engineer", url: `${site.url}/jobs/data-engineer`, location: "Paris, France", company: "Acme AI" },
    ]);
    expect(rows[0]?.description).toContain("PyTorch training stack");
    expect(rows.every((row) => row.month === "2026-11" && row.postedAt === NOW.toISOString())).toBe(true);
    // The row without a link is reported, not stored.
    expect(summary.skipped).toEqual({ invalid: 1 });
    expect(summary.errors).toEqual([{ url: acmeSite().url, kind: "invalid", status: null, message: "acme: job row 5: no link" }]);
    // The script and its data came through our HTTP layer like the page itself.
    expect(site.requests.map((request) => request.split("?")[0])).toEqual(["/robots.txt", "/jobs-page.html", "/jobs.js", "/jobs.json"]);
  });

  it("proves rendering matters: the same page's static HTML, read with the same selectors, holds no job", async () => {
    const page = await http.get(acmeSite().url, { source: "careers", accept: "text/html" });
    expect(page.body).toContain('<ul id="jobs"></ul>');
    expect(readJobRows(page.body, acmeSite())).toEqual({ rows: [], invalid: [] });
    const [batch] = await batchesOf([acmeSite()]);
    expect(batch?.items).toHaveLength(4);
  });

  it("yields one complete batch per site, on the site's board, with stable ids, in one browser closed at the end", async () => {
    const batches = await batchesOf([acmeSite(), acmeSite({ name: "acme-again" })]);
    expect(batches.map((batch) => ({ board: batch.board, complete: batch.complete, failure: batch.failure }))).toEqual([
      { board: "acme", complete: true, failure: undefined },
      { board: "acme-again", complete: true, failure: undefined },
    ]);
    expect(batches[0]?.items.map((item) => item.sourceId)).toEqual([
      "acme:/jobs/ml-engineer-training",
      "acme:/careers/jobs/research-scientist?team=vision",
      expect.stringMatching(/^acme:[0-9a-f]{16}$/),
      "acme:/jobs/data-engineer",
    ]);
    expect(batches[0]?.items[0]).toMatchObject({ month: "2026-11", postedAt: NOW.toISOString() });
    expect(batches[0]?.items[0]?.record).toEqual({
      site: "acme",
      company: "Acme AI",
      pageUrl: acmeSite().url,
      title: "Machine Learning Engineer, Training",
      url: `${site.url}/jobs/ml-engineer-training`,
      location: "Berlin, Germany",
      description: "<p>Scale our <strong>PyTorch</strong> training stack across GPU clusters.</p>",
    });
    expect(launched).toHaveLength(1);
    expect(launched[0]?.isConnected()).toBe(false);
  });

  it("fails only the batch of a site whose waitFor never appears or whose page is missing: the run is partial", async () => {
    const started = Date.now();
    const summary = await tick([acmeSite({ name: "never", waitFor: ".never-appears" }), acmeSite({ name: "missing", url: `${site.url}/gone.html` }), acmeSite()]);
    expect(summary.status).toBe("partial");
    expect(summary.counts).toMatchObject({ failedCount: 2, newCount: 4 });
    expect(summary.errors.filter((error) => error.kind !== "invalid")).toEqual([
      expect.objectContaining({ kind: "render-timeout", status: null, message: expect.stringContaining('".never-appears" did not appear within 5000 ms') }),
      expect.objectContaining({ kind: "http", status: 404, url: `${site.url}/gone.html` }),
    ]);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(launched).toHaveLength(1);
    expect(launched[0]?.isConnected()).toBe(false);
  });

  it("never asks Chromium to load a page robots.txt disallows", async () => {
    const guarded = await startStaticSite(FIXTURES, { robotsTxt: "User-agent: *\nDisallow: /jobs-page.html\n" });
    try {
      const summary = await tick([acmeSite({ url: `${guarded.url}/jobs-page.html` })]);
      expect(summary.status).toBe("failed");
      expect(summary.errors).toEqual([expect.objectContaining({ kind: "robots", url: `${guarded.url}/jobs-page.html` })]);
      expect(guarded.requests).toEqual(["/robots.txt"]);
      expect(launched).toHaveLength(0);
    } finally {
      await guarded.close();
    }
  });

  it("refuses the page's requests to any other host", async () => {
    // Control: the same browser, loading the page itself without our routing, does reach the other host.
    const browser = await launchChromiumAllowingLoopback();
    launched.push(browser);
    const plain = await browser.newPage();
    await plain.goto(acmeSite().url);
    await plain.waitForSelector("#beacon");
    expect(await plain.locator("#beacon").textContent()).toBe("reached");
    expect(elsewhere.requests).toEqual(["/beacon"]);
    await plain.close();
    elsewhere.requests.length = 0;

    const load = async (url: string, accept: string) => http.get(url, { source: "careers", accept });
    const html = await renderPage(browser, acmeSite().url, { waitFor: "#jobs .job", timeoutMs: 5_000, userAgent: USER_AGENT, load });
    expect(html).toContain('<p id="beacon">blocked</p>');
    expect(elsewhere.requests).toEqual([]);

    const summary = await tickWith(sourceLaunching(launchChromiumAllowingLoopback), [acmeSite()]);
    expect(summary.status).toBe("ok");
    expect(elsewhere.requests).toEqual([]);
  });
});
