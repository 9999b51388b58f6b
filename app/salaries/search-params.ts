import { z } from "zod";
import { regionSchema, roleSchema, senioritySchema, surveyYearSchema } from "@/db/queries/market-filter";
import { salaryFilterSchema } from "@/db/queries/salaries";
import { parseSearchParams, type RawSearchParams } from "@/lib/ui/search-params";

// Every field optional: an absent or unreadable value means "all" (or each survey's latest year).
export const salaryParamsSchema = z.object({
  origin: salaryFilterSchema.shape.origin,
  framework: salaryFilterSchema.shape.framework,
  role: roleSchema.optional(),
  seniority: senioritySchema.optional(),
  region: regionSchema.optional(),
  year: surveyYearSchema.optional(),
  /** One dimension to split the bands by. */
  split: z.enum(["role", "seniority", "region"]).optional(),
});
export type SalaryParams = z.infer<typeof salaryParamsSchema>;

export function parseSalaryParams(raw: RawSearchParams, surveyYears: readonly number[]): { values: SalaryParams; problems: string[] } {
  const { values, problems } = parseSearchParams(salaryParamsSchema, raw);
  if (values.year !== undefined && !surveyYears.includes(values.year)) {
    problems.push(`Ignored year = “${values.year}”: neither survey has that year (${surveyYears.join(", ") || "none stored"}).`);
    values.year = undefined;
  }
  return { values, problems };
}
