import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseRecord, type RecordReader } from "../record-reader";

// One job of https://www.workingnomads.com/api/exposed_jobs/, as served; only the fields read here are checked.
export const workingnomadsJobSchema = z.looseObject({
  /** The posting's link (/job/go/<n>/, which forwards to the employer's page); the job has no id field. */
  url: z.url(),
  title: z.string().trim().min(1),
  company_name: z.string().nullish(),
  description: z.string().nullish(),
  location: z.string().nullish(),
  pub_date: z.iso.datetime({ offset: true }).nullish(),
});

export type WorkingnomadsJob = z.infer<typeof workingnomadsJobSchema>;

export function parseWorkingnomadsJob(record: unknown): WorkingnomadsJob {
  return parseRecord("workingnomads", workingnomadsJobSchema, record);
}

export function workingnomadsPostedAt(job: WorkingnomadsJob): string | null {
  return job.pub_date ? new Date(job.pub_date).toISOString() : null;
}

/** A stable id from the job's URL: the number of /job/go/<n>/, else the URL itself. */
export function workingnomadsJobId(url: string): string {
  return /\/job\/go\/(\d+)\/?$/.exec(new URL(url).pathname)?.[1] ?? url;
}

export const readWorkingnomadsRecord: RecordReader = (record) => {
  const job = parseWorkingnomadsJob(record);
  return {
    company: job.company_name?.trim() || null,
    title: job.title,
    locationText: job.location?.trim() || null,
    text: htmlToText(job.description ?? ""),
    postedAt: workingnomadsPostedAt(job),
    applyUrl: job.url,
  };
};
