import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { companyForBoard } from "../board-names";
import { parseRecord, type RecordReader } from "../record-reader";

// Ashby titles often carry stray spaces ("Head of Data ", "Developer Advocate (f/m/d)   ").
const title = z.string().transform((text) => text.replace(/\s+/g, " ").trim()).pipe(z.string().min(1));
const optionalText = z.string().nullish();

/** One element of the posting API's `jobs` array: the fields read here; the rest passes through. */
export const ashbyJobSchema = z.looseObject({
  id: z.string().min(1),
  title,
  location: optionalText,
  secondaryLocations: z.array(z.looseObject({ location: z.string() })).nullish(),
  publishedAt: z.iso.datetime({ offset: true }).nullish(),
  isListed: z.boolean().nullish(),
  jobUrl: z.url(),
  applyUrl: z.url().nullish(),
  descriptionPlain: optionalText,
  descriptionHtml: optionalText,
});

export type AshbyJob = z.infer<typeof ashbyJobSchema>;

export function parseAshbyJob(record: unknown): AshbyJob {
  return parseRecord("ashby", ashbyJobSchema, record);
}

export function ashbyPostedAt(job: AshbyJob): string | null {
  return job.publishedAt ? new Date(job.publishedAt).toISOString() : null;
}

export const readAshbyRecord: RecordReader = (record, context) => {
  const job = parseAshbyJob(record);
  const plain = job.descriptionPlain?.trim();
  return {
    // An Ashby job does not name its company: the board it was listed on does.
    company: context.board ? companyForBoard("ashby", context.board) : null,
    title: job.title,
    locationText: locationsOf(job),
    text: plain ? plain : htmlToText(job.descriptionHtml ?? ""),
    postedAt: ashbyPostedAt(job),
    applyUrl: job.applyUrl ?? job.jobUrl,
  };
};

function locationsOf(job: AshbyJob): string | null {
  const names = [job.location, ...(job.secondaryLocations ?? []).map((entry) => entry.location)].map((name) => name?.trim() ?? "");
  const distinct = [...new Set(names.filter((name) => name !== ""))];
  return distinct.length ? distinct.join("; ") : null;
}
