import { z } from "zod";
import type { PostedPay } from "@/lib/money/annual-pay";
import type { PayPeriod } from "@/lib/money/pay-period";
import { NO_FACTS, type StructuredFacts } from "./facts";

const text = z.string().nullish().catch(null);

const componentSchema = z.looseObject({
  summary: text,
  compensationType: text,
  interval: text,
  currencyCode: text,
  minValue: z.number().nullish().catch(null),
  maxValue: z.number().nullish().catch(null),
});

const tierSchema = z.looseObject({ title: text, tierSummary: text, components: z.array(componentSchema).catch([]) });

// Every field is optional: a malformed structured field must not lose the posting, only the fact.
const ashbyFactsSchema = z.looseObject({
  location: text,
  secondaryLocations: z.array(z.looseObject({ location: text })).nullish().catch(null),
  isRemote: z.boolean().nullish().catch(null),
  workplaceType: text,
  address: z.looseObject({ postalAddress: z.looseObject({ addressCountry: text }).nullish().catch(null) }).nullish().catch(null),
  compensation: z.looseObject({ compensationTiers: z.array(tierSchema).catch([]) }).nullish().catch(null),
});

type Tier = z.infer<typeof tierSchema>;

const INTERVALS: Record<string, PayPeriod> = { "1 YEAR": "year", "1 MONTH": "month", "1 WEEK": "week", "1 DAY": "day", "1 HOUR": "hour" };
const WORKPLACES: Record<string, StructuredFacts["workplace"]> = { remote: "remote", hybrid: "hybrid", onsite: "onsite" };
// Sales plans file on-target earnings as "Salary" ("OTE $280K – $300K"); that is not base pay.
const ON_TARGET = /\bOTE\b|on[- ]target/i;

export function ashbyFacts(record: unknown): StructuredFacts {
  const parsed = ashbyFactsSchema.safeParse(record);
  if (!parsed.success) return NO_FACTS;
  const job = parsed.data;
  const locations = [job.location, ...(job.secondaryLocations ?? []).map((entry) => entry.location)]
    .map((name) => name?.trim() ?? "")
    .filter((name) => name !== "");
  return {
    ...NO_FACTS,
    locations: [...new Set(locations)],
    addressCountry: job.address?.postalAddress?.addressCountry?.trim() || null,
    remoteFlag: job.isRemote ?? null,
    workplace: WORKPLACES[(job.workplaceType ?? "").toLowerCase().replace(/[^a-z]/g, "")] ?? null,
    pay: (job.compensation?.compensationTiers ?? []).flatMap(basePayOf),
  };
}

function basePayOf(tier: Tier): PostedPay[] {
  if (ON_TARGET.test(tier.title ?? "")) return [];
  return tier.components.flatMap((component) => {
    const period = INTERVALS[component.interval ?? ""];
    const { minValue, maxValue, currencyCode } = component;
    if (component.compensationType !== "Salary" || !period || !currencyCode) return [];
    if (ON_TARGET.test(component.summary ?? "")) return [];
    const min = minValue ?? maxValue;
    const max = maxValue ?? minValue;
    if (min == null || max == null || min <= 0) return [];
    return [{ min, max, currency: currencyCode.toUpperCase(), period, text: component.summary ?? tier.tierSummary ?? "" }];
  });
}
