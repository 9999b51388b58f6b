import { z } from "zod";
import { postingVerdict, type ItemVerdict } from "../item-verdict";
import { listingPage } from "../listing-batch";
import { parseRecord } from "../record-reader";
import type { Batch, ScrapeContext, Source } from "../types";
import { himalayasPostedAt, parseHimalayasJob } from "./record";

const API = "https://himalayas.app/jobs/api";
/** The recorded web answers only limit=5 (the collector it came from asks for 100). */
export const HIMALAYAS_PAGE_SIZE = 5;
/** The feed is newest first and holds 100,000+ jobs: a run reads its newest 100. */
export const HIMALAYAS_MAX_PAGES = 20;

const envelopeSchema = z.looseObject({
  offset: z.number().int().min(0),
  limit: z.number().int().positive(),
  totalCount: z.number().int().min(0),
  jobs: z.array(z.unknown()),
});

export const himalayasSource: Source = {
  name: "himalayas",
  label: "Himalayas — remote jobs API",
  scheduledOptions: () => ({}),
  scrape: scrapeHimalayas,
};

// The first page asks for no offset, so it alone is a complete request (the one the recording answers).
export function himalayasPageUrl(offset: number): string {
  return offset === 0 ? `${API}?limit=${HIMALAYAS_PAGE_SIZE}` : `${API}?limit=${HIMALAYAS_PAGE_SIZE}&offset=${offset}`;
}

/** Where the next page starts, or null when this page was the feed's last (short, or reaching totalCount). */
export function nextPageOffset(page: { offset: number; served: number; limit: number; totalCount: number }): number | null {
  const next = page.offset + page.served;
  return page.served >= page.limit && next < page.totalCount ? next : null;
}

async function* scrapeHimalayas(context: ScrapeContext): AsyncIterable<Batch> {
  let offset: number | null = 0;
  for (let page = 0; offset !== null && page < HIMALAYAS_MAX_PAGES; page++) {
    const at: number = offset;
    // A page of a 100,000-job feed, never complete: a posting missing from it is not closed.
    const read = await listingPage(context, {
      source: "himalayas",
      url: himalayasPageUrl(at),
      label: `page at offset ${at}`,
      readEnvelope: (body) => parseRecord("himalayas envelope", envelopeSchema, JSON.parse(body)),
      records: (envelope) => envelope.jobs,
      readItem: readJob,
    });
    yield read.batch;
    // An unchanged page tells nothing about what follows it, and nothing new sits above it: stop.
    const envelope = read.envelope;
    offset = envelope ? nextPageOffset({ offset: at, served: envelope.jobs.length, limit: envelope.limit, totalCount: envelope.totalCount }) : null;
  }
}

function readJob(record: unknown, now: Date): ItemVerdict {
  const job = parseHimalayasJob(record);
  return postingVerdict({ sourceId: job.guid, url: job.guid, record, postedAt: himalayasPostedAt(job) }, now);
}
