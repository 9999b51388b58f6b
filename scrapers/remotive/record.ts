import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseRecord, type RecordReader } from "../record-reader";

// Remotive writes its timestamps without an offset ("2026-07-28T14:23:05"); they are UTC.
const NO_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** A Remotive publication date as ISO 8601 UTC, or null when it cannot be read. */
export function remotiveDate(value: string): string | null {
  const millis = Date.parse(NO_OFFSET.test(value) ? `${value}Z` : value);
  return Number.isFinite(millis) ? new Date(millis).toISOString() : null;
}

// One job of https://remotive.com/api/remote-jobs; only what the readers use is checked.
export const remotiveJobSchema = z.looseObject({
  id: z.number().int(),
  url: z.url(),
  title: z.string().trim().min(1),
  company_name: z.string().nullish(),
  candidate_required_location: z.string().nullish(),
  description: z.string().nullish(),
  publication_date: z
    .string()
    .refine((value) => remotiveDate(value) !== null, "not a date")
    .nullish(),
});

export type RemotiveJob = z.infer<typeof remotiveJobSchema>;

export const readRemotiveRecord: RecordReader = (record) => {
  const job = parseRecord("remotive", remotiveJobSchema, record);
  return {
    company: job.company_name?.trim() || null,
    title: job.title.trim(),
    locationText: job.candidate_required_location?.trim() || null,
    text: htmlToText(job.description ?? ""),
    postedAt: job.publication_date ? remotiveDate(job.publication_date) : null,
    applyUrl: job.url,
  };
};
