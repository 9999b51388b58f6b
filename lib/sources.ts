// Sources of job postings: their records go through normalise into postings.
export const POSTING_SOURCES = [
  "hn",
  "ashby",
  "greenhouse",
  "lever",
  "remotive",
  "remoteok",
  "arbeitnow",
  "weworkremotely",
  "himalayas",
  "jobicy",
  "workingnomads",
  "careers",
] as const;
export type PostingSourceName = (typeof POSTING_SOURCES)[number];

// Sources of survey answers and time series: not postings, so written as they are (Batch.data).
export const DATA_SOURCES = ["so-survey", "aijobs-salaries", "adoption-series"] as const;
export type DataSourceName = (typeof DATA_SOURCES)[number];

export function isDataSource(name: string): name is DataSourceName {
  return (DATA_SOURCES as readonly string[]).includes(name);
}

// Every source the product knows; a scraper module registers under one of these names.
export const SOURCES = [...POSTING_SOURCES, ...DATA_SOURCES] as const;
export type SourceName = (typeof SOURCES)[number];

export const RUN_STATUSES = ["running", "ok", "partial", "failed"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
