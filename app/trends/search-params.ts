import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { checkMonthRange, parseSearchParams, type RawSearchParams } from "@/lib/ui/search-params";

export const trendsParamsSchema = z.object({
  from: monthSchema.optional(),
  to: monthSchema.optional(),
  /** The framework whose monthly share is drawn with its interval. */
  framework: z.enum(FRAMEWORKS).default("pytorch"),
  /** Indeed's AI share for one country; absent → every country stored. */
  country: z.string().regex(/^[A-Z]{2}$/, "a country is a two-letter ISO code such as US").optional(),
});
export type TrendsParams = z.infer<typeof trendsParamsSchema>;

export function parseTrendsParams(raw: RawSearchParams) {
  return checkMonthRange(parseSearchParams(trendsParamsSchema, raw));
}
