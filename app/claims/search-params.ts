import { claimsFilterSchema } from "@/db/queries/claims";
import { checkMonthRange, parseSearchParams, type RawSearchParams } from "@/lib/ui/search-params";

/** The months the posting checks read; anything unreadable is reported and ignored. */
export function parseClaimsParams(raw: RawSearchParams) {
  return checkMonthRange(parseSearchParams(claimsFilterSchema, raw));
}
