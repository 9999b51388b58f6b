import type { Browser, ConsoleMessage, Page } from "playwright-core";
import { expect } from "vitest";

export type WatchedPage = { page: Page; problems(): Promise<string[]> };

/** A page that records console errors, uncaught exceptions and CSP violations (listened for before any script runs). */
export async function openWatched(browser: Browser, url: string, status = 200): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors: string[] = [];
  // A 404 page's own status is reported as a failed load of the document itself: that one is expected.
  const ownStatus = (message: ConsoleMessage) => status !== 200 && message.location().url === url && message.text().includes(`status of ${status}`);
  page.on("console", (message) => message.type() === "error" && !ownStatus(message) && errors.push(`console: ${message.text()}`));
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  expect(response?.status(), url).toBe(status);
  return {
    page,
    async problems() {
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      return [...errors, ...violations.map((v) => `csp: ${v}`)];
    },
  };
}
