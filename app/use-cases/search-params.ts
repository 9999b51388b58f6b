import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { SOURCE_FILTERS } from "@/lib/trends/source-groups";
import { checkMonthRange, parseSearchParams, type RawSearchParams } from "@/lib/ui/search-params";

export const useCasesParamsSchema = z.object({
  source: z.enum(SOURCE_FILTERS).optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});

export function parseUseCasesParams(raw: RawSearchParams) {
  return checkMonthRange(parseSearchParams(useCasesParamsSchema, raw));
}
