import { addMonths, monthOf } from "@/lib/months";
import { htmlToText } from "@/lib/text/html-to-text";
import { HttpError } from "@/lib/http/errors";
import { ParseError } from "@/lib/parse-error";
import type { Batch, RawItem, ScrapeContext, Source } from "../types";
import { discoverHiringThreads, type HiringThread } from "./algolia-search";
import { classifyTopLevelComment } from "./classify-comment";
import { fetchThread, threadHtmlUrl } from "./thread-fetch";
import type { HnComment } from "./types";

export const hnSource: Source = {
  name: "hn",
  label: "Hacker News — Ask HN: Who is hiring?",
  // Comments keep arriving for weeks: re-read this month's and last month's threads.
  scheduledOptions: (now) => ({ from: addMonths(monthOf(now), -1) }),
  scrape: scrapeHn,
};

async function* scrapeHn(context: ScrapeContext): AsyncIterable<Batch> {
  const threads = await discoverHiringThreads(context.http, context.options, context.now, context.config.paceMs);
  for (const thread of threads) yield await threadBatch(context, thread);
}

async function threadBatch(context: ScrapeContext, thread: HiringThread): Promise<Batch> {
  const label = `${thread.month} thread ${thread.id}`;
  const empty: Batch = { label, items: [], skipped: {}, validators: [] };
  try {
    const fetched = await fetchThread(context.http, thread, context.validatorsFor, context.config.paceMs);
    if (fetched.notModified) return { ...empty, notModified: true, validators: fetched.validators };
    const batch: Batch = { ...empty, label: `${label} (${fetched.via}, ${fetched.pages} page${fetched.pages === 1 ? "" : "s"})`, validators: fetched.validators };
    for (const comment of fetched.comments) {
      const verdict = classifyTopLevelComment(comment, htmlToText(comment.text ?? ""));
      if (verdict === "posting") batch.items.push(toRawItem(comment, thread));
      else batch.skipped[verdict] = (batch.skipped[verdict] ?? 0) + 1;
    }
    return batch;
  } catch (error) {
    const http = error instanceof HttpError ? error : null;
    // Neither Algolia nor HN has the thread (the recorded web holds 54 of 149): nothing to read, not a fault.
    if (http?.status === 404) return { ...empty, skipped: { "thread-not-found": 1 } };
    const message = error instanceof Error ? error.message : String(error);
    const url = http?.url ?? (error instanceof ParseError ? error.url : threadHtmlUrl(thread.id));
    return { ...empty, failure: { url, kind: http?.kind ?? "parse", status: http?.status ?? null, message } };
  }
}

function toRawItem(comment: HnComment, thread: HiringThread): RawItem {
  // Stored in the shape of HN's official item API, the record TAXONOMY.md's extract contract names.
  const record = { id: comment.id, by: comment.by, time: comment.time, text: comment.text, parent: comment.parent, type: comment.type };
  return {
    sourceId: String(comment.id),
    url: threadHtmlUrl(comment.id),
    record,
    month: thread.month,
    postedAt: new Date(comment.time * 1000).toISOString(),
  };
}
