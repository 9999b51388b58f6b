import type { Browser } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { injectedElements, type Canary, type HostilePosting } from "../helpers/canary";
import { startHostileSite, type HostileSite } from "../helpers/hostile-site";
import { openWatched } from "../helpers/watched-page";

// One seeded database, one `next start` (no admin token), one Chromium, one canary server for the file.
let site: HostileSite;
let server: HostileSite["server"];
let browser: Browser;
let canary: Canary;
let hostile: HostilePosting;
let hostileId: number;

beforeAll(async () => {
  site = await startHostileSite();
  ({ server, browser, canary, hostile, hostileId } = site);
  // The canary can see a request from this browser when script does run (a page without our policy).
  const control = await browser.newPage();
  await control.evaluate((to) => fetch(`${to}/control`, { mode: "no-cors" }), canary.url);
  await control.close();
  expect(canary.hits).toEqual(["/control"]);
});

beforeEach(() => {
  canary?.hits.splice(0);
});

afterAll(async () => {
  await site?.close();
});

const PAGES = ["/", "/trends", "/talent", "/salaries", "/use-cases", "/postings", "/recommendations", "/claims", "/methodology", "/report", "/reports"];
const CHART_PAGES = new Set(["/", "/trends", "/talent", "/salaries", "/use-cases", "/report"]);
const ROUTES: Array<[string, string, number]> = [
  ["GET", "/api/v1", 200],
  ["GET", "/api/v1/trends?from=2026-01", 200],
  ["GET", "/api/v1/postings?q=pytorch", 200],
  ["GET", "/api/v1/talent?year=1999", 400],
  ["GET", "/export/postings.csv?source=hn", 200],
  ["GET", "/export/trends.json", 200],
  ["GET", "/icon.svg", 200],
  ["GET", "/no-such-page", 404],
  // The admin routes do not exist without PULSE_ADMIN_TOKEN, whatever the request carries.
  ["POST", "/api/v1/admin/scrape?source=hn", 404],
  ["GET", "/api/v1/admin/scrape", 404],
  ["DELETE", "/api/v1/admin/scrape", 404],
];

function directives(policy: string | null): Map<string, string> {
  return new Map((policy ?? "").split(";").map((part) => part.trim().split(/\s+/)).map(([name = "", ...values]) => [name, values.join(" ")]));
}

function expectHeaders(response: Response, where: string): Map<string, string> {
  const csp = directives(response.headers.get("content-security-policy"));
  expect(csp.get("default-src"), where).toBe("'self'");
  expect(csp.get("script-src"), where).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]{22}=='$/);
  expect(csp.get("object-src"), where).toBe("'none'");
  expect(csp.get("base-uri"), where).toBe("'self'");
  expect(csp.get("frame-ancestors"), where).toBe("'none'");
  expect(csp.get("form-action"), where).toBe("'self'");
  expect(csp.get("img-src"), where).toBe("'self' data:");
  expect(csp.get("style-src"), where).toBe("'self' 'unsafe-inline'");
  expect(csp.has("upgrade-insecure-requests"), where).toBe(false);
  expect(response.headers.get("x-content-type-options"), where).toBe("nosniff");
  expect(response.headers.get("x-frame-options"), where).toBe("DENY");
  expect(response.headers.get("referrer-policy"), where).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("permissions-policy"), where).toContain("camera=()");
  expect(response.headers.get("cross-origin-opener-policy"), where).toBe("same-origin");
  // Served over plain http: no HSTS, which a browser would ignore here anyway.
  expect(response.headers.get("strict-transport-security"), where).toBeNull();
  return csp;
}

describe("security headers", () => {
  it("every page carries the policy with a fresh nonce, and its scripts carry that nonce", async () => {
    const nonces = new Set<string>();
    for (const pathname of [...PAGES, `/postings/${hostileId}`]) {
      const response = await fetch(`${server.url}${pathname}`);
      expect(response.status, pathname).toBe(200);
      const nonce = /'nonce-([^']+)'/.exec(expectHeaders(response, pathname).get("script-src") ?? "")?.[1] ?? "";
      nonces.add(nonce);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, pathname).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, pathname).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(PAGES.length + 1);
  });

  it.each(ROUTES)("%s %s → %i with the same headers", async (method, pathname, status) => {
    const response = await fetch(`${server.url}${pathname}`, { method });
    expect(response.status).toBe(status);
    expectHeaders(response, pathname);
  });

  it("behind a proxy that terminated TLS: HSTS and upgrade-insecure-requests", async () => {
    const response = await fetch(`${server.url}/trends`, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(directives(response.headers.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(true);
  });

  it("a client's own CSP request header cannot choose the nonce", async () => {
    const response = await fetch(`${server.url}/trends`, { headers: { "content-security-policy": "script-src 'nonce-chosen-by-client'" } });
    expect(await response.text()).not.toContain('nonce="chosen-by-client"');
    expect(response.headers.get("content-security-policy")).not.toContain("chosen-by-client");
  });
});

const open = (pathname: string, status = 200) => openWatched(browser, `${server.url}${pathname}`, status);

describe("the policy in Chromium", () => {
  it.each(PAGES)("%s loads without a CSP violation or console error, and draws its charts", async (pathname) => {
    const { page, problems } = await open(pathname);
    if (CHART_PAGES.has(pathname)) await expect.poll(() => page.locator("svg.recharts-surface").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Hydrated: a client component rendered after the scripts the nonce let through.
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe("complete");
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it("an unknown address: the not-found page is rendered with the nonce too", async () => {
    const { page, problems } = await open("/no-such-page", 404);
    expect(await page.getByRole("heading", { name: "Page not found" }).count()).toBe(1);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it("refuses and reports what the policy forbids: an inline script and an image from another origin", async () => {
    const { page, problems } = await open("/postings");
    await page.evaluate((to) => {
      const script = document.createElement("script");
      script.textContent = `fetch("${to}/inline")`;
      document.body.append(script);
      const img = document.createElement("img");
      img.src = `${to}/image`;
      document.body.append(img);
    }, canary.url);
    await expect.poll(async () => (await problems()).filter((p) => p.startsWith("csp:")).sort()).toEqual([`csp: img-src ${canary.url}/image`, "csp: script-src-elem inline"]);
    expect(canary.hits).toEqual([]);
    await page.close();
  });
});

describe("scraped markup stays inert text", () => {
  const INJECTED = injectedElements("main");

  it("on the posting page: title, company and description as written, nothing injected, no request to the canary", async () => {
    const { page, problems } = await open(`/postings/${hostileId}`);
    expect(await page.getByTestId("posting-title").textContent()).toBe(hostile.title);
    expect(await page.getByTestId("description").textContent()).toBe(hostile.description);
    expect(await page.locator("main").textContent()).toContain(hostile.company);
    expect(await page.locator(INJECTED).count()).toBe(0);
    expect(await page.getByText("The original link is not a web address.").count()).toBe(1);
    expect(await page.getByTestId("original-link").count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await problems()).toEqual([]);
    await page.close();
    expect(canary.hits).toEqual([]);
  });

  it("in the explorer: the row shows the title and company as text", async () => {
    const { page, problems } = await open("/postings?q=vision+engineer&source=careers");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain(hostile.title);
    expect(main).toContain(hostile.company);
    expect(await page.locator(INJECTED).count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await problems()).toEqual([]);
    await page.close();
    expect(canary.hits).toEqual([]);
  });
  // The report and its PDF: tests/browser/security-pdf.test.ts.
});
