import { HttpError } from "@/lib/http/errors";
import { parseOrThrow } from "@/lib/parse-error";
import type { HttpClient, Validators } from "@/lib/http/client";
import { ALGOLIA_BASE, type HiringThread } from "./algolia-search";
import { parseAlgoliaThread } from "./algolia-thread";
import { parseHnThreadPage } from "./html-thread";
import type { HnComment } from "./types";

export type FetchedThread =
  | { notModified: true; validators: Array<{ url: string; validators: Validators }> }
  | { notModified: false; comments: HnComment[]; validators: Array<{ url: string; validators: Validators }>; via: "algolia" | "html"; pages: number };

const MAX_HTML_PAGES = 30;

export function threadHtmlUrl(id: number): string {
  return `https://news.ycombinator.com/item?id=${id}`;
}

/** The thread's top-level comments: from Algolia's items JSON, or the HN pages where Algolia has none. */
export async function fetchThread(
  http: HttpClient,
  thread: HiringThread,
  validatorsFor: (url: string) => Validators | null,
  paceMs: number,
): Promise<FetchedThread> {
  const jsonUrl = `${ALGOLIA_BASE}/items/${thread.id}`;
  try {
    const response = await http.get(jsonUrl, { source: "hn", accept: "application/json", paceMs, validators: validatorsFor(jsonUrl) });
    const validators = [{ url: jsonUrl, validators: response.validators }];
    if (response.notModified) return { notModified: true, validators };
    const { comments } = parseOrThrow(jsonUrl, () => parseAlgoliaThread(JSON.parse(response.body)));
    return { notModified: false, comments, validators, via: "algolia", pages: 1 };
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 404)) throw error;
  }
  return fetchHtmlPages(http, thread, paceMs);
}

async function fetchHtmlPages(http: HttpClient, thread: HiringThread, paceMs: number): Promise<FetchedThread> {
  const byId = new Map<number, HnComment>();
  let next: string | null = threadHtmlUrl(thread.id);
  let pages = 0;
  while (next && pages < MAX_HTML_PAGES) {
    const pageUrl: string = next;
    const response = await http.get(pageUrl, { source: "hn", accept: "text/html", paceMs });
    const page = parseOrThrow(pageUrl, () => parseHnThreadPage(response.body, { pageUrl, servedAt: response.servedAt }));
    pages++;
    const fresh = page.comments.filter((comment) => !byId.has(comment.id));
    for (const comment of fresh) byId.set(comment.id, comment);
    // Past the last page HN may repeat the previous one: nothing new means the thread is read.
    next = fresh.length > 0 ? page.nextPageUrl : null;
  }
  return { notModified: false, comments: [...byId.values()], validators: [], via: "html", pages };
}
