import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseRecord, type RecordReader } from "../record-reader";

/** One job row of a rendered career page, as stored. */
export const careersRecordSchema = z.object({
  /** The site's name in scrapers/sources.json. */
  site: z.string().min(1),
  company: z.string().min(1),
  /** The career page the row was read from. */
  pageUrl: z.url(),
  title: z.string().min(1),
  /** The row's link, resolved against the page URL. */
  url: z.url(),
  location: z.string().nullable(),
  /** The description element's inner HTML, when the site has a description selector. */
  description: z.string().nullable(),
});

export type CareersRecord = z.infer<typeof careersRecordSchema>;

// A career page lists jobs without a posting date: the posting is dated when first seen.
export const readCareersRecord: RecordReader = (record) => {
  const job = parseRecord("careers", careersRecordSchema, record);
  return {
    company: job.company,
    title: job.title,
    locationText: job.location,
    text: htmlToText(job.description ?? ""),
    postedAt: null,
    applyUrl: job.url,
  };
};
