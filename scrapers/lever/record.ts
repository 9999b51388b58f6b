import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { companyForBoard } from "../board-names";
import { parseRecord, type RecordReader } from "../record-reader";

const title = z.string().transform((text) => text.replace(/\s+/g, " ").trim()).pipe(z.string().min(1));
const optionalText = z.string().nullish();

/** One posting of the Postings API (`?mode=json`): the fields read here; the rest passes through. */
export const leverPostingSchema = z.looseObject({
  id: z.string().min(1),
  text: title,
  categories: z.looseObject({ location: optionalText, allLocations: z.array(z.string()).nullish() }).nullish(),
  description: optionalText,
  lists: z.array(z.looseObject({ text: z.string(), content: z.string() })).nullish(),
  additional: optionalText,
  createdAt: z.number().int().positive().nullish(),
  hostedUrl: z.url(),
  applyUrl: z.url().nullish(),
});

export type LeverPosting = z.infer<typeof leverPostingSchema>;

export function parseLeverPosting(record: unknown): LeverPosting {
  return parseRecord("lever", leverPostingSchema, record);
}

export function leverPostedAt(posting: LeverPosting): string | null {
  return posting.createdAt ? new Date(posting.createdAt).toISOString() : null;
}

export const readLeverRecord: RecordReader = (record, context) => {
  const posting = parseLeverPosting(record);
  // The lists (responsibilities, requirements) are HTML <li> runs under a plain-text heading.
  const lists = (posting.lists ?? []).map((list) => `<h3>${escapeHtml(list.text)}</h3><ul>${list.content}</ul>`);
  return {
    // A Lever posting does not name its company: the board it was listed on does.
    company: context.board ? companyForBoard("lever", context.board) : null,
    title: posting.text,
    locationText: locationsOf(posting),
    text: htmlToText([posting.description ?? "", ...lists, posting.additional ?? ""].join("")),
    postedAt: leverPostedAt(posting),
    applyUrl: posting.applyUrl ?? posting.hostedUrl,
  };
};

function locationsOf(posting: LeverPosting): string | null {
  const all = (posting.categories?.allLocations ?? []).map((name) => name.trim()).filter((name) => name !== "");
  if (all.length) return [...new Set(all)].join("; ");
  return posting.categories?.location?.trim() || null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
