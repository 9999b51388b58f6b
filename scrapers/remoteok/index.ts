import { load } from "cheerio";
import { z } from "zod";
import { postingVerdict, skipVerdict, type ItemVerdict } from "../item-verdict";
import { listingBatch, type Listing } from "../listing-batch";
import { parseRecord } from "../record-reader";
import type { Source } from "../types";
import { apiJobPostedAt, remoteokApiJobSchema, remoteokJobPostingSchema } from "./record";

const API_URL = "https://remoteok.com/api";
const LISTING_URL = "https://remoteok.com/remote-dev-jobs";
const ORIGIN = "https://remoteok.com";

// The API's first element is its terms of use (a link back is all it asks), not a job.
const legalNoticeSchema = z.looseObject({ legal: z.string(), id: z.never().optional(), position: z.never().optional() });

/** A job row of the listing page: its id, its link, and the JSON-LD it carries, unread. */
type ListingRow = { id: string; path: string | undefined; jsonLd: string };

const api: Listing<unknown[], unknown> = {
  source: "remoteok",
  url: API_URL,
  label: API_URL,
  board: "api",
  readEnvelope: (body) => parseRecord("remoteok api", z.array(z.unknown()), JSON.parse(body)),
  records: (elements) => elements,
  readItem: readApiElement,
  recordName: (index) => `element ${index}`,
  // The API answers with Remote OK's whole current listing in one response.
  complete: (batch) => !batch.skipped.invalid,
};

// One listing page shows a slice of the board, so postings missing from it are not closed.
const listing: Listing<ListingRow[], ListingRow> = {
  source: "remoteok",
  url: LISTING_URL,
  label: LISTING_URL,
  board: "listing",
  accept: "text/html",
  readEnvelope: listingRows,
  records: (rows) => rows,
  readItem: readListingRow,
  recordName: (_, row) => `row ${row.id}`,
};

export const remoteokSource: Source = {
  name: "remoteok",
  label: "Remote OK — API and listing page",
  scheduledOptions: () => ({}),
  async *scrape(context) {
    // Each feed is its own board, so the API's complete listing closes only what the API listed before.
    yield await listingBatch(context, api);
    yield await listingBatch(context, listing);
  },
};

function readApiElement(element: unknown, now: Date): ItemVerdict {
  if (legalNoticeSchema.safeParse(element).success) return skipVerdict("legal-notice");
  const job = parseRecord("remoteok", remoteokApiJobSchema, element);
  return postingVerdict({ sourceId: String(job.id), url: new URL(job.url).href, record: element, postedAt: apiJobPostedAt(job) }, now);
}

function listingRows(body: string): ListingRow[] {
  // Fragment mode: a whole-document parse would drop <tr> rows that sit outside a <table>.
  const $ = load(body, null, false);
  const rows = $("tr.job[data-id]").toArray();
  if (rows.length === 0) throw new Error("no job rows (tr.job[data-id]) in the listing");
  return rows.map((element) => {
    const row = $(element);
    const jsonLd = row.find('script[type="application/ld+json"]').first().text();
    return { id: row.attr("data-id") ?? "", path: row.attr("data-url") ?? row.attr("data-href"), jsonLd };
  });
}

function readListingRow(row: ListingRow, now: Date): ItemVerdict {
  if (!row.path) throw new Error("the row has no data-url");
  const record: unknown = JSON.parse(row.jsonLd || "null");
  const posting = parseRecord("remoteok", remoteokJobPostingSchema, record);
  const postedAt = posting.datePosted ? new Date(posting.datePosted).toISOString() : null;
  return postingVerdict({ sourceId: row.id, url: new URL(row.path, ORIGIN).href, record, postedAt }, now);
}
