import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ingestBatch, type IngestItem } from "@/db/ingest/postings";
import { postings } from "@/db/schema";
import type { NormalisedPosting } from "@/lib/normalise/types";

// The postings the rollup tests write through the real ingest between their checks: one PyTorch
// NLP job in London unless a test says otherwise.

const DESCRIPTION = "Train and serve language models with PyTorch on our GPU cluster. ".repeat(5);

export function rollupItem(sourceId: string, overrides: Partial<NormalisedPosting> = {}, postedAt = "2026-07-01T00:00:00.000Z"): IngestItem {
  const posting: NormalisedPosting = {
    company: "Cohere", title: "ML Engineer", locationText: "London", description: DESCRIPTION, applyUrl: null,
    frameworks: [{ framework: "pytorch", context: "required", snippet: "PyTorch" }], roles: ["ml_engineer"], useCases: ["nlp_llm"], countries: ["GB"],
    seniority: "unspecified", remote: "unspecified", salary: null,
    ...overrides,
  };
  return { sourceId, url: `https://example.test/${sourceId}`, record: { sourceId, ...overrides, postedAt }, month: postedAt.slice(0, 7), postedAt, posting };
}

export const ingestRollupItems = (db: Db, source: string, items: IngestItem[], extra: { board?: string; complete?: boolean } = {}) =>
  ingestBatch(db, { source, runId: null, fetchedAt: "2026-11-27T00:00:00.000Z", items, validators: [], board: extra.board ?? null, complete: extra.complete ?? false });

export const postingIdOf = (db: Db, source: string, sourceId: string) =>
  db.select({ id: postings.id, groupId: postings.groupId }).from(postings).where(and(eq(postings.source, source), eq(postings.sourceId, sourceId))).get()!;
