import type { DataRows } from "@/db/ingest/data-rows";
import type { RunError } from "@/db/schema";
import type { HttpClient, Validators } from "@/lib/http/client";
import type { SourceName } from "@/lib/sources";
import type { SourceConfig } from "./config";

/** One item exactly as its source serves it, plus where the source files it. */
export type RawItem = {
  sourceId: string;
  url: string;
  record: unknown;
  /** YYYY-MM the source files the item under (HN: the thread's month; boards: the posted month). */
  month: string;
  postedAt: string;
};

/** What a scraper yields per unit of work (a thread, a board, a feed page). */
export type Batch = {
  label: string;
  items: RawItem[];
  /** Items the source served that are not postings, by reason ("dead", "not-a-job", "invalid"). */
  skipped: Record<string, number>;
  /** Validators to remember for conditional requests, saved with the batch's rows. */
  validators: Array<{ url: string; validators: Validators }>;
  /** The board (company slug, feed) the items belong to; stored on each posting. */
  board?: string | null;
  /**
   * True when `items` is the board's whole current listing: postings of this source and board
   * that are missing from it are marked closed. Never true for a page of a longer feed.
   */
  complete?: boolean;
  /** Item-level problems that did not stop the batch (a record that failed validation). */
  problems?: RunError[];
  /** How often the source itself asks to be read at most (a feed's notice, an RSS ttl), in ms. */
  requestedIntervalMs?: number;
  notModified?: boolean;
  failure?: RunError;
  /**
   * Survey answers or time-series points instead of postings (data sources): written as they are
   * by db/ingest/data-rows.ts; `items` stays empty. Its validators are saved with these rows.
   */
  data?: DataRows;
};

export type ScrapeOptions = { from?: string; to?: string };

export type ScrapeContext = {
  http: HttpClient;
  options: ScrapeOptions;
  /** This source's entry of scrapers/sources.json (boards, pace, …). */
  config: SourceConfig;
  /** The run's clock, so windows like "this year" are testable. */
  now: Date;
  /** The validators saved for a URL by an earlier run, for conditional requests. */
  validatorsFor(url: string): Validators | null;
};

export interface Source {
  name: SourceName;
  label: string;
  /** The window a scheduled run covers (a backfill passes its own). */
  scheduledOptions(now: Date): ScrapeOptions;
  scrape(context: ScrapeContext): AsyncIterable<Batch>;
}
