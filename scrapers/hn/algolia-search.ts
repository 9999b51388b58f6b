import { z } from "zod";
import type { HttpClient } from "@/lib/http/client";
import { monthStartEpoch } from "@/lib/months";
import { parseThreadTitle } from "./thread-title";

const searchPageSchema = z.object({
  hits: z.array(z.object({ objectID: z.string(), title: z.string().nullable(), created_at: z.string() })),
  nbPages: z.number().int().nonnegative(),
  page: z.number().int().nonnegative(),
});

export type HiringThread = { id: number; title: string; month: string; createdAt: string };

export const ALGOLIA_BASE = "https://hn.algolia.com/api/v1";
const MAX_PAGES = 50;

export function searchUrl(page: number, createdAfter: number | null): string {
  const params = new URLSearchParams();
  if (createdAfter !== null) params.set("numericFilters", `created_at_i>${createdAfter}`);
  params.set("page", String(page));
  params.set("query", "hiring");
  params.set("tags", "story,(author__whoishiring, author_whoishiring)");
  return `${ALGOLIA_BASE}/search_by_date?${params.toString()}`;
}

/**
 * Ranges within the current year ask Algolia for this year's stories only (one page instead of nine);
 * the bound is the year's start, not the month's, so the URL and its cache validators stay stable all year.
 * Older ranges page through the whole listing. Either way the months are filtered here.
 */
export function listingLowerBound(from: string | undefined, now: Date): number | null {
  const yearStart = `${now.getUTCFullYear()}-01`;
  return from && from >= yearStart ? monthStartEpoch(yearStart) : null;
}

/** The monthly "Ask HN: Who is hiring?" threads, oldest first, within [from, to] months. */
export async function discoverHiringThreads(http: HttpClient, range: { from?: string; to?: string }, now: Date, paceMs: number): Promise<HiringThread[]> {
  const threads = new Map<number, HiringThread>();
  const createdAfter = listingLowerBound(range.from, now);
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await http.get(searchUrl(page, createdAfter), { source: "hn", accept: "application/json", paceMs });
    const parsed = searchPageSchema.safeParse(JSON.parse(response.body));
    if (!parsed.success) throw new Error(`Algolia search page ${page} has an unexpected shape: ${parsed.error.message}`);
    for (const hit of parsed.data.hits) {
      const title = parseThreadTitle(hit.title ?? "");
      if (!title) continue;
      if ((range.from && title.month < range.from) || (range.to && title.month > range.to)) continue;
      threads.set(Number(hit.objectID), { id: Number(hit.objectID), title: hit.title ?? "", month: title.month, createdAt: hit.created_at });
    }
    if (parsed.data.hits.length === 0 || page + 1 >= parsed.data.nbPages) break;
  }
  return [...threads.values()].sort((a, b) => a.month.localeCompare(b.month) || a.id - b.id);
}
