import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseRecord, type RecordReader } from "../record-reader";

// One job of https://www.arbeitnow.com/api/job-board-api (`data[]`).
export const arbeitnowJobSchema = z.looseObject({
  slug: z.string().min(1),
  url: z.url(),
  title: z.string().trim().min(1),
  company_name: z.string().nullish(),
  location: z.string().nullish(),
  remote: z.boolean().nullish(),
  description: z.string().nullish(),
  /** Unix seconds. */
  created_at: z.number().int().positive().nullish(),
});

export type ArbeitnowJob = z.infer<typeof arbeitnowJobSchema>;

export function arbeitnowPostedAt(job: ArbeitnowJob): string | null {
  return job.created_at ? new Date(job.created_at * 1000).toISOString() : null;
}

export const readArbeitnowRecord: RecordReader = (record) => {
  const job = parseRecord("arbeitnow", arbeitnowJobSchema, record);
  return {
    company: job.company_name?.trim() || null,
    title: job.title.trim(),
    locationText: job.location?.trim() || null,
    text: htmlToText(job.description ?? ""),
    postedAt: arbeitnowPostedAt(job),
    applyUrl: job.url,
  };
};
