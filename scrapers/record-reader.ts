import type { z } from "zod";

/**
 * What every source's record reader gives the normaliser: the plain facts the source states,
 * before any extractor runs. Structured fields stay in the record; the extractors of
 * lib/extract read them from there.
 */
export type PostingBasics = {
  company: string | null;
  title: string;
  locationText: string | null;
  /** The description as plain text (HTML turned into text, never rendered). */
  text: string;
  /** ISO 8601 UTC, or null when the source does not say. */
  postedAt: string | null;
  /** Where a candidate applies (the canonical apply URL), when the source gives one. */
  applyUrl: string | null;
};

/** `board`: the board the record was listed on (an ATS company slug), for sources whose records lack the company. */
export type ReadContext = { board: string | null };

/** Reads one record exactly as its source serves it; throws an Error naming the bad field when it is invalid. */
export type RecordReader = (record: unknown, context: ReadContext) => PostingBasics;

/** Validates a record at the boundary; the error names each bad field. */
export function parseRecord<T>(source: string, schema: z.ZodType<T>, record: unknown): T {
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "record"}: ${issue.message}`).join("; ");
    throw new Error(`invalid ${source} record (${problems})`);
  }
  return parsed.data;
}
