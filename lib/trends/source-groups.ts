import { POSTING_SOURCES, type PostingSourceName } from "@/lib/sources";

// Hacker News is one long, consistent series; every other posting source is pooled as "job boards".
export const SOURCE_GROUPS = ["hn", "boards"] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

export const SOURCE_GROUP_LABELS: Record<SourceGroup, string> = {
  hn: "Hacker News “Who is hiring?”",
  boards: "Job boards and feeds",
};

export function sourcesOf(group: SourceGroup): PostingSourceName[] {
  return group === "hn" ? ["hn"] : POSTING_SOURCES.filter((source) => source !== "hn");
}

/** The source filter of the explorer and the use-case page: one posting source, or every job board. */
export const SOURCE_FILTERS = [...POSTING_SOURCES, "boards"] as const;
export type SourceFilter = (typeof SOURCE_FILTERS)[number];

export function sourcesOfFilter(filter: SourceFilter): PostingSourceName[] {
  return filter === "boards" ? sourcesOf("boards") : [filter];
}
