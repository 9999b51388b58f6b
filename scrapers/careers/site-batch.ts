import type { RunError } from "@/db/schema";
import { sha256 } from "@/lib/hash";
import { HttpError } from "@/lib/http/errors";
import { monthOf } from "@/lib/months";
import type { CareerSiteConfig } from "../config";
import type { Batch, RawItem, ScrapeContext } from "../types";
import { readJobRows, type JobRow } from "./job-rows";
import type { CareersRecord } from "./record";
import { RenderError, type ResourceLoader } from "./render";

export type RenderSite = (url: string, waitFor: string, load: ResourceLoader) => Promise<string>;

/** One site → one batch: its whole current job list, or a failure that touches no other site. */
export async function siteBatch(context: ScrapeContext, site: CareerSiteConfig, render: RenderSite): Promise<Batch> {
  const empty: Batch = { label: site.name, items: [], skipped: {}, validators: [], board: site.name };
  try {
    const html = await render(site.url, site.waitFor, await siteLoader(context, site.url));
    const { rows, invalid } = readJobRows(html, site);
    const batch: Batch = { ...empty, label: `${site.name} (rendered, ${rows.length + invalid.length} rows)` };
    const pageUrl = new URL(site.url);
    const seen = new Set<string>();
    for (const row of rows) {
      const item = toRawItem(context.now, site, pageUrl, row);
      if (seen.has(item.sourceId)) batch.skipped["duplicate"] = (batch.skipped["duplicate"] ?? 0) + 1;
      else batch.items.push(item);
      seen.add(item.sourceId);
    }
    if (invalid.length) {
      batch.skipped["invalid"] = invalid.length;
      batch.problems = invalid.map(({ row, reason }) => ({ url: site.url, kind: "invalid", status: null, message: `${site.name}: job row ${row}: ${reason}` }));
    }
    // No row at all more likely means the selectors no longer fit than that every job closed.
    batch.complete = batch.items.length > 0;
    return batch;
  } catch (error) {
    return { ...empty, failure: failureOf(error, site.url) };
  }
}

/**
 * Fetches the page through the HTTP layer first (robots.txt, pace, retries, size cap), so a page
 * we may not read never reaches Chromium; then serves Chromium that response and the site's other resources.
 */
async function siteLoader(context: ScrapeContext, url: string): Promise<ResourceLoader> {
  const options = { source: "careers", paceMs: context.config.paceMs };
  // No validators: the page's HTML staying the same says nothing about the list its script fetches.
  const page = await context.http.get(url, { ...options, accept: "text/html" });
  const pageUrl = withoutHash(url);
  return async (resourceUrl, accept) => (withoutHash(resourceUrl) === pageUrl ? page : context.http.get(resourceUrl, { ...options, accept }));
}

function toRawItem(now: Date, site: CareerSiteConfig, pageUrl: URL, row: JobRow): RawItem {
  const record: CareersRecord = {
    site: site.name,
    company: site.company,
    pageUrl: site.url,
    title: row.title,
    url: row.url,
    location: row.location,
    description: row.descriptionHtml,
  };
  return { sourceId: sourceIdFor(site.name, pageUrl, row), url: row.url, record, month: monthOf(now), postedAt: now.toISOString() };
}

function sourceIdFor(siteName: string, pageUrl: URL, row: JobRow): string {
  const link = new URL(row.url);
  const samePage = withoutHash(link.href) === withoutHash(pageUrl.href) && !link.hash;
  if (link.origin === pageUrl.origin && !samePage) return `${siteName}:${link.pathname}${link.search}${link.hash}`;
  // An off-site link, or one back to the list itself, has no path on the site to name the job by.
  return `${siteName}:${sha256(samePage ? `${row.title}\n${row.location ?? ""}` : link.href).slice(0, 16)}`;
}

function failureOf(error: unknown, url: string): RunError {
  if (error instanceof HttpError) return { url: error.url, kind: error.kind, status: error.status, message: error.message };
  if (error instanceof RenderError) return { url: error.url, kind: error.kind, status: null, message: error.message };
  return { url, kind: "render", status: null, message: error instanceof Error ? error.message : String(error) };
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}
