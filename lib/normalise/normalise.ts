import { extractFrameworks } from "@/lib/extract/frameworks";
import { recordText } from "@/lib/extract/record-text";
import type { SourceName } from "@/lib/sources";
import { parseHnHeader } from "./hn-header";
import type { NormalisedPosting } from "./types";

/**
 * Raw item → normalised posting. The scrapers, `reextract` and the extract contract share this path.
 * Roles, seniority, remote, salary, use cases and countries are still to come (issue 4).
 */
export function normalise(source: SourceName, record: unknown): NormalisedPosting {
  const { title: recordTitle, text } = recordText(source, record);
  const header = source === "hn" ? parseHnHeader(text) : { company: null, title: recordTitle ?? "", locationText: null };
  return {
    ...header,
    description: text,
    frameworks: extractFrameworks({ title: recordTitle, text }),
    roles: [],
    useCases: [],
    countries: [],
    seniority: "unspecified",
    remote: "unspecified",
    salary: null,
  };
}
