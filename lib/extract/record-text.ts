import { load } from "cheerio/slim";
import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";

export type RecordText = { title: string | null; text: string };

// Only the fields the text is made of; everything else the source sends passes through.
const optionalText = z.string().nullish();

const hnComment = z.looseObject({ text: optionalText });
const ashbyJob = z.looseObject({ title: z.string(), descriptionPlain: optionalText, descriptionHtml: optionalText });
const titledHtmlJob = z.looseObject({ title: z.string(), description: optionalText });
const greenhouseJob = z.looseObject({ title: z.string(), content: optionalText });
const remoteOkJob = z.looseObject({ position: z.string(), description: optionalText });
const leverJob = z.looseObject({
  text: z.string(),
  description: optionalText,
  lists: z.array(z.looseObject({ text: z.string(), content: z.string() })).nullish(),
  additional: optionalText,
});

/** The title and plain text of a record exactly as its source serves it. */
export function recordText(source: string, record: unknown): RecordText {
  switch (source) {
    case "hn":
      return { title: null, text: htmlToText(parse(source, hnComment, record).text ?? "") };
    case "ashby": {
      const job = parse(source, ashbyJob, record);
      const plain = job.descriptionPlain?.trim();
      return { title: titleOf(job.title), text: plain ? plain : htmlToText(job.descriptionHtml ?? "") };
    }
    case "remotive":
    case "arbeitnow": {
      const job = parse(source, titledHtmlJob, record);
      return { title: titleOf(job.title), text: htmlToText(job.description ?? "") };
    }
    case "greenhouse": {
      const job = parse(source, greenhouseJob, record);
      return { title: titleOf(job.title), text: htmlToText(unescapeHtml(job.content ?? "")) };
    }
    case "remoteok": {
      const job = parse(source, remoteOkJob, record);
      return { title: titleOf(job.position), text: htmlToText(job.description ?? "") };
    }
    case "lever": {
      const job = parse(source, leverJob, record);
      const lists = (job.lists ?? []).map((list) => `<h3>${escapeHtml(list.text)}</h3><ul>${list.content}</ul>`);
      const html = [job.description ?? "", ...lists, job.additional ?? ""].join("");
      return { title: titleOf(job.text), text: htmlToText(html) };
    }
    default:
      throw new Error(`recordText: unknown source "${source}" (expected hn, ashby, remotive, greenhouse, lever, remoteok or arbeitnow)`);
  }
}

function titleOf(title: string): string | null {
  return title.trim() === "" ? null : title.trim();
}

function parse<T>(source: string, schema: z.ZodType<T>, record: unknown): T {
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "record"}: ${issue.message}`).join("; ");
    throw new Error(`recordText: invalid ${source} record (${problems})`);
  }
  return parsed.data;
}

// Greenhouse serves its job HTML entity-escaped ("&lt;p&gt;").
function unescapeHtml(content: string): string {
  return /&lt;[a-z/]/i.test(content) ? load(content, null, false).root().text() : content;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
