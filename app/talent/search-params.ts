import { z } from "zod";
import { frameworkSchema, monthSchema, regionSchema, roleSchema, senioritySchema, surveyYearSchema } from "@/db/queries/market-filter";
import { parseSearchParams, type RawSearchParams } from "@/lib/ui/search-params";

// Every field optional: an absent or unreadable value means "all" (or the latest survey year).
export const talentParamsSchema = z.object({
  year: surveyYearSchema.optional(),
  framework: frameworkSchema.optional(),
  role: roleSchema.optional(),
  seniority: senioritySchema.optional(),
  region: regionSchema.optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});
export type TalentParams = z.infer<typeof talentParamsSchema>;

/** The page's filters, and what in the address was ignored and why. */
export function parseTalentParams(raw: RawSearchParams, surveyYears: readonly number[]): { values: TalentParams; problems: string[] } {
  const { values, problems } = parseSearchParams(talentParamsSchema, raw);
  if (values.year !== undefined && !surveyYears.includes(values.year)) {
    problems.push(`Ignored year = “${values.year}”: no survey of that year is stored (${surveyYears.join(", ") || "none yet"}).`);
    values.year = undefined;
  }
  if (values.from && values.to && values.from > values.to) {
    problems.push(`Ignored from = “${values.from}” and to = “${values.to}”: the first month is after the last.`);
    values.from = values.to = undefined;
  }
  return { values, problems };
}
