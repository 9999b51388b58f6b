import { load } from "cheerio/slim";
import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { companyForBoard } from "../board-names";
import { parseRecord, type RecordReader } from "../record-reader";

const title = z.string().transform((text) => text.replace(/\s+/g, " ").trim()).pipe(z.string().min(1));
const optionalText = z.string().nullish();
const optionalDate = z.iso.datetime({ offset: true }).nullish();

/** One job of the Job Board API (`?content=true`): the fields read here; the rest passes through. */
export const greenhouseJobSchema = z.looseObject({
  id: z.number().int().positive(),
  title,
  company_name: optionalText,
  location: z.looseObject({ name: optionalText }).nullish(),
  content: optionalText,
  first_published: optionalDate,
  updated_at: optionalDate,
  absolute_url: z.url(),
});

export type GreenhouseJob = z.infer<typeof greenhouseJobSchema>;

export function parseGreenhouseJob(record: unknown): GreenhouseJob {
  return parseRecord("greenhouse", greenhouseJobSchema, record);
}

export function greenhousePostedAt(job: GreenhouseJob): string | null {
  const date = job.first_published ?? job.updated_at;
  return date ? new Date(date).toISOString() : null;
}

export const readGreenhouseRecord: RecordReader = (record, context) => {
  const job = parseGreenhouseJob(record);
  const company = job.company_name?.trim() || (context.board ? companyForBoard("greenhouse", context.board) : null);
  return {
    company,
    title: job.title,
    locationText: job.location?.name?.trim() || null,
    text: htmlToText(unescapeHtml(job.content ?? "")),
    postedAt: greenhousePostedAt(job),
    applyUrl: job.absolute_url,
  };
};

// Greenhouse serves its job HTML entity-escaped ("&lt;p&gt;"): decode once, then read it as HTML.
function unescapeHtml(content: string): string {
  return /&lt;[a-z/]/i.test(content) ? load(content, null, false).root().text() : content;
}
