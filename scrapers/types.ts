import type { HttpClient, Validators } from "@/lib/http/client";
import type { RunError } from "@/db/schema";
import type { SourceName } from "@/lib/sources";

/** One item exactly as its source serves it, plus where the source files it. */
export type RawItem = {
  sourceId: string;
  url: string;
  record: unknown;
  /** YYYY-MM the source files the item under (HN: the thread's month). */
  month: string;
  postedAt: string;
};

/** What a scraper yields per unit of work (a thread, a board, a page). */
export type Batch = {
  label: string;
  items: RawItem[];
  /** Items the source served that are not postings, by reason ("dead", "not-a-job"). */
  skipped: Record<string, number>;
  /** Validators to remember for conditional requests, saved with the batch's rows. */
  validators: Array<{ url: string; validators: Validators }>;
  notModified?: boolean;
  failure?: RunError;
};

export type ScrapeOptions = { from?: string; to?: string };

export type ScrapeContext = {
  http: HttpClient;
  options: ScrapeOptions;
  /** The run's clock, so windows like "this year" are testable. */
  now: Date;
  /** The validators saved for a URL by an earlier run, for conditional requests. */
  validatorsFor(url: string): Validators | null;
};

export interface Source {
  name: SourceName;
  label: string;
  /** node-cron expression, evaluated in UTC. */
  schedule: string;
  /** The window a scheduled run covers (a backfill passes its own). */
  scheduledOptions(now: Date): ScrapeOptions;
  scrape(context: ScrapeContext): AsyncIterable<Batch>;
}
