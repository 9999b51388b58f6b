import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { surveyYearSchema } from "@/db/queries/market-filter";
import { checkMonthRange, parseSearchParams, type RawSearchParams } from "@/lib/ui/search-params";

// The report's filters: the months of the postings and the survey year (absent → the latest stored).
export const reportParamsSchema = z.object({
  from: monthSchema.optional(),
  to: monthSchema.optional(),
  year: surveyYearSchema.optional(),
});
export type ReportParams = z.infer<typeof reportParamsSchema>;

export function parseReportParams(raw: RawSearchParams, surveyYears: readonly number[]): { values: ReportParams; problems: string[] } {
  const { values, problems } = checkMonthRange(parseSearchParams(reportParamsSchema, raw));
  if (values.year !== undefined && !surveyYears.includes(values.year)) {
    problems.push(`Ignored year = “${values.year}”: no survey of that year is stored (${surveyYears.join(", ") || "none yet"}).`);
    values.year = undefined;
  }
  return { values, problems };
}
