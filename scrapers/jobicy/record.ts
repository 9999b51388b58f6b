import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseRecord, type RecordReader } from "../record-reader";

// One job of https://jobicy.com/api/v2/remote-jobs, as served; only the fields read here are checked.
export const jobicyJobSchema = z.looseObject({
  id: z.number().int().positive(),
  url: z.url(),
  jobTitle: z.string().trim().min(1),
  companyName: z.string().nullish(),
  /** Free text: one region or a comma list ("EMEA,  LATAM,  Canada,  USA"). */
  jobGeo: z.string().nullish(),
  jobExcerpt: z.string().nullish(),
  jobDescription: z.string().nullish(),
  pubDate: z.iso.datetime({ offset: true }).nullish(),
});

export type JobicyJob = z.infer<typeof jobicyJobSchema>;

export function parseJobicyJob(record: unknown): JobicyJob {
  return parseRecord("jobicy", jobicyJobSchema, record);
}

export function jobicyPostedAt(job: JobicyJob): string | null {
  return job.pubDate ? new Date(job.pubDate).toISOString() : null;
}

export const readJobicyRecord: RecordReader = (record) => {
  const job = parseJobicyJob(record);
  const description = htmlToText(job.jobDescription ?? "");
  return {
    company: plain(job.companyName),
    title: plain(job.jobTitle) ?? job.jobTitle,
    locationText: plain(job.jobGeo),
    text: description || htmlToText(job.jobExcerpt ?? ""),
    postedAt: jobicyPostedAt(job),
    // Jobicy asks that every apply button lead to the job's own Jobicy URL.
    applyUrl: job.url,
  };
};

// Jobicy entity-escapes some plain-text fields ("Data Science &amp; Analytics").
function plain(value: string | null | undefined): string | null {
  return htmlToText(value ?? "") || null;
}
