import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseRecord, type RecordReader } from "../record-reader";

const dateText = z.string().refine((value) => Number.isFinite(Date.parse(value)), "not a date");

/**
 * One `<item>` of https://weworkremotely.com/remote-jobs.rss as the scraper stores it: each child
 * element's name mapped to its text (an element that repeats gives an array of texts).
 */
export const weworkremotelyItemSchema = z
  .object({
    /** "Company: Role". */
    title: z.string().trim().min(1),
    link: z.url(),
    guid: z.string().nullish(),
    /** Where candidates may live ("Anywhere in the World"); `state` is the company's headquarters. */
    region: z.string().nullish(),
    country: z.string().nullish(),
    /** RFC 822, e.g. "Fri, 10 Jul 2026 22:45:30 +0000". */
    pubDate: dateText.nullish(),
    /** The posting's HTML (entity-escaped in the feed, unescaped here). */
    description: z.string().nullish(),
  })
  .catchall(z.union([z.string(), z.array(z.string())]));

export type WeworkremotelyItem = z.infer<typeof weworkremotelyItemSchema>;

export function weworkremotelyPostedAt(item: WeworkremotelyItem): string | null {
  return item.pubDate ? new Date(item.pubDate).toISOString() : null;
}

/** WWR titles its items "Company: Role"; a title without the separator is all role. */
export function splitWeworkremotelyTitle(title: string): { company: string | null; title: string } {
  const separator = title.indexOf(": ");
  if (separator <= 0) return { company: null, title: title.trim() };
  const role = title.slice(separator + 2).trim();
  return role ? { company: title.slice(0, separator).trim(), title: role } : { company: null, title: title.trim() };
}

export const readWeworkremotelyRecord: RecordReader = (record) => {
  const item = parseRecord("weworkremotely", weworkremotelyItemSchema, record);
  const place = [item.region, item.country].map((part) => part?.trim()).filter(Boolean);
  return {
    ...splitWeworkremotelyTitle(item.title),
    locationText: place.length > 0 ? place.join(", ") : null,
    text: htmlToText(item.description ?? ""),
    postedAt: weworkremotelyPostedAt(item),
    applyUrl: item.link,
  };
};
