import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseRecord, type PostingBasics, type RecordReader } from "../record-reader";

const dateText = z.string().refine((value) => Number.isFinite(Date.parse(value)), "not a date");
const name = z.looseObject({ name: z.string().nullish() });
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);

// One job of https://remoteok.com/api (the array after its legal-notice element).
export const remoteokApiJobSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number().int()]),
  position: z.string().trim().min(1),
  company: z.string().nullish(),
  location: z.string().nullish(),
  description: z.string().nullish(),
  date: dateText.nullish(),
  epoch: z.number().int().nullish(),
  url: z.url(),
  apply_url: z.url().nullish(),
});

// The schema.org JobPosting JSON-LD each row of a RemoteOK listing page carries.
export const remoteokJobPostingSchema = z.looseObject({
  "@type": z.literal("JobPosting"),
  title: z.string().trim().min(1),
  description: z.string().nullish(),
  datePosted: dateText.nullish(),
  url: z.url().nullish(),
  hiringOrganization: name.nullish(),
  applicantLocationRequirements: oneOrMany(name).nullish(),
  jobLocation: oneOrMany(
    z.looseObject({
      address: z.looseObject({ addressCountry: z.string().nullish(), addressRegion: z.string().nullish(), addressLocality: z.string().nullish() }).nullish(),
    }),
  ).nullish(),
});

export type RemoteokApiJob = z.infer<typeof remoteokApiJobSchema>;
export type RemoteokJobPosting = z.infer<typeof remoteokJobPostingSchema>;

export function isJobPostingLd(record: unknown): boolean {
  return typeof record === "object" && record !== null && "@type" in record;
}

/** When the API job was posted, as ISO 8601 UTC: its `date`, else its `epoch` seconds. */
export function apiJobPostedAt(job: RemoteokApiJob): string | null {
  if (job.date) return new Date(job.date).toISOString();
  return job.epoch ? new Date(job.epoch * 1000).toISOString() : null;
}

export const readRemoteokRecord: RecordReader = (record) =>
  isJobPostingLd(record) ? readJobPosting(parseRecord("remoteok", remoteokJobPostingSchema, record)) : readApiJob(parseRecord("remoteok", remoteokApiJobSchema, record));

function readApiJob(job: RemoteokApiJob): PostingBasics {
  return {
    company: job.company?.trim() || null,
    title: job.position.trim(),
    // The API leaves empty parts in ("Orlando, ").
    locationText: joinParts((job.location ?? "").split(",")),
    text: htmlToText(job.description ?? ""),
    postedAt: apiJobPostedAt(job),
    applyUrl: job.apply_url ?? job.url,
  };
}

function readJobPosting(posting: RemoteokJobPosting): PostingBasics {
  const applicants = [posting.applicantLocationRequirements ?? []].flat().map((place) => place.name);
  const addresses = [posting.jobLocation ?? []].flat().flatMap(({ address }) => [address?.addressLocality, address?.addressRegion, address?.addressCountry]);
  return {
    company: posting.hiringOrganization?.name?.trim() || null,
    title: posting.title.trim(),
    locationText: joinParts(applicants) ?? joinParts(addresses),
    text: descriptionText(posting.description ?? ""),
    postedAt: posting.datePosted ? new Date(posting.datePosted).toISOString() : null,
    applyUrl: posting.url ?? null,
  };
}

function joinParts(parts: Array<string | null | undefined>): string | null {
  const unique = [...new Set(parts.map((part) => part?.trim()).filter((part): part is string => Boolean(part)))];
  return unique.length > 0 ? unique.join(", ") : null;
}

// The listing's JSON-LD descriptions are plain text with typed newlines; read HTML only where there is markup.
function descriptionText(description: string): string {
  if (/<\/?[a-z][^>]*>/i.test(description)) return htmlToText(description);
  return description
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
