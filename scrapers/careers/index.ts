import type { Browser } from "playwright-core";
import { launchChromium } from "@/lib/browser/chromium";
import { readEnv } from "@/lib/env";
import { userAgent } from "@/lib/http/from-env";
import type { Batch, ScrapeContext, Source } from "../types";
import { renderPage } from "./render";
import { siteBatch, type RenderSite } from "./site-batch";

export type CareersSourceDeps = {
  launchBrowser: () => Promise<Browser>;
  /** Read when a run starts, not when the module loads. */
  userAgent: () => string;
  renderTimeoutMs: number;
};

export function createCareersSource(deps: CareersSourceDeps): Source {
  return {
    name: "careers",
    label: "Company career pages (rendered)",
    // A career page shows what is open now: there is no window to choose.
    scheduledOptions: () => ({}),
    scrape: (context) => scrapeSites(context, deps),
  };
}

export const careersSource: Source = createCareersSource({
  launchBrowser: launchChromium,
  userAgent: () => userAgent(readEnv().PULSE_CONTACT_URL),
  renderTimeoutMs: 60_000,
});

async function* scrapeSites(context: ScrapeContext, deps: CareersSourceDeps): AsyncIterable<Batch> {
  const browser = browserOnDemand(deps.launchBrowser);
  const agent = deps.userAgent();
  const render: RenderSite = async (url, waitFor, load) =>
    renderPage(await browser.get(), url, { waitFor, load, timeoutMs: deps.renderTimeoutMs, userAgent: agent });
  try {
    for (const site of context.config.sites) yield await siteBatch(context, site, render);
  } finally {
    await browser.close();
  }
}

// One browser per run, launched only once a site has passed the HTTP layer's checks.
function browserOnDemand(launch: () => Promise<Browser>) {
  let launched: Promise<Browser> | null = null;
  return {
    get: () => (launched ??= launch()),
    async close() {
      // A launch that failed was reported in its site's batch.
      await launched?.then((browser) => browser.close(), () => {});
    },
  };
}
