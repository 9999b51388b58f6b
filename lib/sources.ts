// Every source the product knows; a scraper module registers under one of these names.
export const SOURCES = ["hn"] as const;
export type SourceName = (typeof SOURCES)[number];

export const RUN_STATUSES = ["running", "ok", "partial", "failed"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
