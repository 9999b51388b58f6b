import { z } from "zod";
import { monthSchema } from "@/lib/months";

/** The overview's parameters read strictly, as its export reads them: a malformed value is an error there. */
export const overviewStrictParamsSchema = z.object({
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});

// Unknown or malformed values fall back to the defaults instead of breaking the page.
export const overviewParamsSchema = z.object({
  from: overviewStrictParamsSchema.shape.from.catch(undefined),
  to: overviewStrictParamsSchema.shape.to.catch(undefined),
});

export type OverviewParams = z.infer<typeof overviewParamsSchema>;

export function parseOverviewParams(raw: Record<string, string | string[] | undefined>): OverviewParams {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return overviewParamsSchema.parse({ from: first(raw.from), to: first(raw.to) });
}
