import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseRecord, type RecordReader } from "../record-reader";

// One job of https://himalayas.app/jobs/api, as served; only the fields read here are checked.
export const himalayasJobSchema = z.looseObject({
  /** Himalayas gives no numeric id: the guid (the posting's page) is its identity. */
  guid: z.url(),
  title: z.string().trim().min(1),
  companyName: z.string().nullish(),
  excerpt: z.string().nullish(),
  description: z.string().nullish(),
  /** Countries the job is open to; empty when it is open worldwide. */
  locationRestrictions: z.array(z.string()).nullish(),
  /** Unix seconds. */
  pubDate: z.number().int().positive().nullish(),
  applicationLink: z.url().nullish(),
});

export type HimalayasJob = z.infer<typeof himalayasJobSchema>;

export function parseHimalayasJob(record: unknown): HimalayasJob {
  return parseRecord("himalayas", himalayasJobSchema, record);
}

export function himalayasPostedAt(job: HimalayasJob): string | null {
  return job.pubDate ? new Date(job.pubDate * 1000).toISOString() : null;
}

export const readHimalayasRecord: RecordReader = (record) => {
  const job = parseHimalayasJob(record);
  const places = (job.locationRestrictions ?? []).map((place) => place.trim()).filter(Boolean);
  const description = htmlToText(job.description ?? "");
  return {
    company: job.companyName?.trim() || null,
    title: job.title,
    locationText: places.length > 0 ? places.join(", ") : null,
    text: description || htmlToText(job.excerpt ?? ""),
    postedAt: himalayasPostedAt(job),
    applyUrl: job.applicationLink ?? job.guid,
  };
};
