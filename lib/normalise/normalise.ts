import { extractFrameworks } from "@/lib/extract/frameworks";
import { recordPostedAt } from "@/lib/extract/record-date";
import { recordText } from "@/lib/extract/record-text";
import { parseHnHeader } from "./hn-header";
import type { NormalisedPosting } from "./types";

/**
 * Raw item → normalised posting. The scrapers, `reextract` and the extract contract share this path.
 * Roles, seniority, remote, salary, use cases and countries are still to come (issue 4).
 */
export function normalise(source: string, record: unknown): NormalisedPosting {
  const { title: recordTitle, text } = recordText(source, record);
  const postedAt = recordPostedAt(source, record);
  const header = source === "hn" ? parseHnHeader(text) : { company: null, title: recordTitle ?? "", locationText: null };
  return {
    ...header,
    description: text,
    frameworks: extractFrameworks({ title: recordTitle, text, postedAt }),
    roles: [],
    useCases: [],
    countries: [],
    seniority: "unspecified",
    remote: "unspecified",
    salary: null,
  };
}
