import { z } from "zod";
import { monthSchema } from "@/lib/months";

// Unknown or malformed values fall back to the defaults instead of breaking the page.
export const overviewParamsSchema = z.object({
  from: monthSchema.optional().catch(undefined),
  to: monthSchema.optional().catch(undefined),
});

export type OverviewParams = z.infer<typeof overviewParamsSchema>;

export function parseOverviewParams(raw: Record<string, string | string[] | undefined>): OverviewParams {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return overviewParamsSchema.parse({ from: first(raw.from), to: first(raw.to) });
}
