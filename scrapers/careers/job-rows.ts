import { load, type CheerioAPI } from "cheerio";
import type { CareerSiteConfig } from "../config";

type Selection = ReturnType<CheerioAPI>;

export type JobRow = { title: string; url: string; location: string | null; descriptionHtml: string | null };
export type InvalidRow = { row: number; reason: string };

/** The job rows of a career page's DOM, read with the site's selectors; links resolved against the page URL. */
export function readJobRows(html: string, site: Pick<CareerSiteConfig, "url" | "selectors">): { rows: JobRow[]; invalid: InvalidRow[] } {
  const $ = load(html);
  const { selectors } = site;
  const rows: JobRow[] = [];
  const invalid: InvalidRow[] = [];
  $(selectors.job).each((index, element) => {
    const row = $(element);
    const title = textOf(within(row, selectors.title));
    const href = within(row, selectors.link).attr("href")?.trim();
    const url = href ? webUrl(href, site.url) : null;
    if (!title) return void invalid.push({ row: index + 1, reason: "no title" });
    if (!url) return void invalid.push({ row: index + 1, reason: href ? `link "${href}" is not a web address` : "no link" });
    const location = selectors.location ? textOf(within(row, selectors.location)) : null;
    const description = selectors.description ? within(row, selectors.description).html()?.trim() : null;
    rows.push({ title, url, location, descriptionHtml: description || null });
  });
  return { rows, invalid };
}

// The row itself may be the element a selector names (a row that is its own link).
function within(row: Selection, selector: string): Selection {
  return row.find(selector).addBack(selector).first();
}

function textOf(element: Selection): string | null {
  return element.text().replace(/\s+/g, " ").trim() || null;
}

function webUrl(href: string, pageUrl: string): string | null {
  try {
    const url = new URL(href, pageUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
