import { z } from "zod";
import { postingVerdict, type ItemVerdict } from "../item-verdict";
import { listingPage } from "../listing-batch";
import { parseRecord } from "../record-reader";
import type { Batch, ScrapeContext, Source } from "../types";
import { arbeitnowJobSchema, arbeitnowPostedAt } from "./record";

const FIRST_PAGE_URL = "https://www.arbeitnow.com/api/job-board-api";
// 100 jobs a page, newest first: ten pages reach well past what changes between two runs.
const MAX_PAGES = 10;

const pageSchema = z.looseObject({
  data: z.array(z.unknown()),
  links: z.looseObject({ next: z.string().nullish() }).nullish(),
});

export const arbeitnowSource: Source = {
  name: "arbeitnow",
  label: "Arbeitnow — job board API",
  scheduledOptions: () => ({}),
  scrape: scrapeArbeitnow,
};

async function* scrapeArbeitnow(context: ScrapeContext): AsyncIterable<Batch> {
  // A job pushed down by new postings between two page requests shows up twice.
  const seen = new Set<string>();
  let next: string | null = FIRST_PAGE_URL;
  for (let page = 1; next && page <= MAX_PAGES; page++) {
    const url: string = next;
    // A page of a longer feed, never complete: postings missing from it may sit on another page.
    const read = await listingPage(context, {
      source: "arbeitnow",
      url,
      label: `page ${page} ${url}`,
      readEnvelope: (body) => parseRecord("arbeitnow page", pageSchema, JSON.parse(body)),
      records: (body) => body.data,
      readItem: readJob,
      seen,
    });
    yield read.batch;
    // An unchanged page gives no next link to follow; the newest-first pages behind it are read next time.
    next = read.envelope ? nextPageUrl(read.envelope.links?.next, url) : null;
  }
}

function readJob(record: unknown, now: Date): ItemVerdict {
  const job = parseRecord("arbeitnow", arbeitnowJobSchema, record);
  return postingVerdict({ sourceId: job.slug, url: job.url, record, postedAt: arbeitnowPostedAt(job) }, now);
}

// Only a next page on Arbeitnow's own host is followed.
function nextPageUrl(next: string | null | undefined, current: string): string | null {
  if (!next) return null;
  const url = URL.canParse(next, current) ? new URL(next, current) : null;
  return url && url.host === new URL(FIRST_PAGE_URL).host && url.href !== current ? url.href : null;
}
