import type { RunError } from "@/db/schema";
import { parseOrThrow } from "@/lib/parse-error";
import type { SourceName } from "@/lib/sources";
import { failureBatch } from "./failure-batch";
import type { ItemVerdict } from "./item-verdict";
import type { Batch, RawItem, ScrapeContext } from "./types";

/** One URL that serves a list of records (a board, a feed, a page of one), and how to read it. */
export type Listing<Envelope, Entry> = {
  source: SourceName;
  url: string;
  label: string;
  /** The board the items belong to (an ATS slug, one of a source's feeds); null by default. */
  board?: string | null;
  /** application/json by default. */
  accept?: string;
  /** Reads the whole body; a throw fails the batch as a ParseError naming the URL. */
  readEnvelope(body: string): Envelope;
  /** The envelope's records, read one by one so that one odd record never costs the rest. */
  records(envelope: Envelope): Entry[];
  /** Judges one record; a throw counts it as invalid and reports it as a problem. */
  readItem(record: Entry, now: Date): ItemVerdict;
  /** How a problem names the record; "job <index>" by default. */
  recordName?(index: number, record: Entry): string;
  /** The label once the body is read (an ATS board adds its job count). */
  labelOf?(envelope: Envelope): string;
  /** How often the body asks to be read at most (a notice, an RSS ttl), in ms. */
  requestedIntervalMs?(envelope: Envelope): number | null;
  /** True when the batch is the board's whole current listing; never, when absent. */
  complete?(batch: Batch, envelope: Envelope): boolean;
  /** Source ids earlier pages of this run already took, for a feed read page by page. */
  seen?: Set<string>;
};

/** The batch, and the envelope it was read from (null on 304 or failure) for a caller that pages. */
export type ListingPage<Envelope> = { batch: Batch; envelope: Envelope | null };

export async function listingBatch<Envelope, Entry>(context: ScrapeContext, listing: Listing<Envelope, Entry>): Promise<Batch> {
  return (await listingPage(context, listing)).batch;
}

export async function listingPage<Envelope, Entry>(context: ScrapeContext, listing: Listing<Envelope, Entry>): Promise<ListingPage<Envelope>> {
  const { url } = listing;
  // Not complete until read whole: an empty 304 or failed batch must not close the board's postings.
  const empty: Batch = { label: listing.label, items: [], skipped: {}, validators: [], board: listing.board ?? null, complete: false };
  try {
    const accept = listing.accept ?? "application/json";
    const response = await context.http.get(url, { source: listing.source, accept, paceMs: context.config.paceMs, validators: context.validatorsFor(url) });
    const validators = [{ url, validators: response.validators }];
    if (response.notModified) return { batch: { ...empty, notModified: true, validators }, envelope: null };
    const envelope = parseOrThrow(url, () => listing.readEnvelope(response.body));
    const batch: Batch = { ...empty, label: listing.labelOf?.(envelope) ?? listing.label, validators, ...readRecords(listing, envelope, context.now) };
    const requestedIntervalMs = listing.requestedIntervalMs?.(envelope) ?? null;
    if (requestedIntervalMs !== null) batch.requestedIntervalMs = requestedIntervalMs;
    batch.complete = listing.complete?.(batch, envelope) ?? false;
    return { batch, envelope };
  } catch (error) {
    return { batch: failureBatch(empty, error), envelope: null };
  }
}

function readRecords<Envelope, Entry>(listing: Listing<Envelope, Entry>, envelope: Envelope, now: Date): Pick<Batch, "items" | "skipped" | "problems"> {
  const items: RawItem[] = [];
  const skipped: Record<string, number> = {};
  const problems: RunError[] = [];
  const seen = listing.seen ?? new Set<string>();
  const count = (reason: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  listing.records(envelope).forEach((record, index) => {
    let verdict: ItemVerdict;
    try {
      verdict = listing.readItem(record, now);
    } catch (error) {
      count("invalid");
      const where = listing.recordName?.(index, record) ?? `job ${index}`;
      problems.push({ url: listing.url, kind: "invalid", status: null, message: `${where}: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    if (verdict.kind === "skip") count(verdict.reason);
    // Twice in one batch (or one run's pages) would be two inserts of one posting: keep the first.
    else if (seen.has(verdict.item.sourceId)) count("duplicate");
    else {
      seen.add(verdict.item.sourceId);
      items.push(verdict.item);
    }
  });
  return { items, skipped, problems };
}
