import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { postingsHref } from "@/lib/ui/drilldown";
import { injectedElements, type Canary, type HostilePosting } from "../helpers/canary";
import { startHostileSite, type HostileSite } from "../helpers/hostile-site";
import { openWatched } from "../helpers/watched-page";

// The report is the one place scraped text reaches a PDF: the hostile company of October 2026 is
// among the report's PyTorch employers from January 2026 on (the seeded data has fewer than ten).
const PERIOD = "from=2026-01";

let site: HostileSite;
let server: HostileSite["server"];
let browser: Browser;
let dir: string;
let canary: Canary;
let hostile: HostilePosting;

beforeAll(async () => {
  site = await startHostileSite();
  ({ server, browser, canary, hostile, reportsDir: dir } = site);
});

beforeEach(() => {
  canary?.hits.splice(0);
});

afterAll(async () => {
  await site?.close();
});

describe("scraped company names in the trend report stay inert text", () => {
  it("on /report: the hostile company is a row of 'Who is hiring', as written, linking to its postings", async () => {
    const { page, problems } = await openWatched(browser, `${server.url}/report?${PERIOD}`);
    const card = page.getByTestId("report-hiring-pytorch");
    const companies = await card.locator('[data-col="company"]').allTextContents();
    expect(companies).toContain(hostile.company);
    const row = card.locator("[data-hiring-company]").nth(companies.indexOf(hostile.company));
    expect(await row.locator('[data-col="jobs"]').textContent()).toBe("1");
    expect(await row.getByRole("link", { name: "See postings" }).getAttribute("href")).toBe(postingsHref({ framework: "pytorch", company: hostile.company, company_match: "exact", from: "2026-01" }));
    expect(await page.locator(injectedElements(".report")).count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await problems()).toEqual([]);
    await page.close();
    expect(canary.hits).toEqual([]);
  });

  it("in /report.pdf: the company prints as its literal characters and the server's Chromium calls no one", async () => {
    const response = await fetch(`${server.url}/report.pdf?${PERIOD}`);
    expect(response.status).toBe(200);
    const file = path.join(dir, "report.pdf");
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Who is hiring");
    expect(text).toContain(hostile.company);
    expect(text).toContain(`onerror="fetch('${canary.url}/company')"`);
    // The description and title never reach the report, not even as text.
    for (const fragment of ["<script", "javascript:", "@import"]) expect(text).not.toContain(fragment);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(canary.hits).toEqual([]);
  });
});
