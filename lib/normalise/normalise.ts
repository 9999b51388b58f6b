import { extractPostingFields } from "@/lib/extract/posting";
import type { ReadContext } from "@/scrapers/record-reader";
import { readerFor } from "@/scrapers/readers";
import type { NormalisedPosting } from "./types";

/** Raw item → normalised posting. The scrapers, re-extraction and the extract contract share this path. */
export function normalise(source: string, record: unknown, context: ReadContext = { board: null }): NormalisedPosting {
  const basics = readerFor(source)(record, context);
  return {
    company: basics.company,
    title: basics.title,
    locationText: basics.locationText,
    description: basics.text,
    applyUrl: basics.applyUrl,
    ...extractPostingFields(source, record, basics),
  };
}
