import { z } from "zod";
import { PAY_PERIODS } from "@/lib/money/pay-period";
import type { NormalisedPosting } from "@/lib/normalise/types";
import { FRAMEWORKS, REMOTE_MODES, ROLES, SENIORITIES, USE_CASES } from "@/lib/taxonomy";

/** One input line of the extract contract (../shared/TAXONOMY.md). */
export const contractInputSchema = z.object({ id: z.string().min(1), source: z.string().min(1), record: z.unknown() });

const salarySchema = z.object({ min: z.number(), max: z.number(), currency: z.string(), period: z.enum(PAY_PERIODS) }).nullable();

/** One output line of the extract contract, which is also the shape of a gold label line. */
export const contractFieldsSchema = z.object({
  id: z.string(),
  frameworks: z.array(z.enum(FRAMEWORKS)),
  roles: z.array(z.enum(ROLES)),
  seniority: z.enum(SENIORITIES),
  remote: z.enum(REMOTE_MODES),
  salary: salarySchema,
  useCases: z.array(z.enum(USE_CASES)),
  countries: z.array(z.string()),
});

export type ContractFields = z.infer<typeof contractFieldsSchema>;

/** The contract's view of a normalised posting: labels sorted, salary without its source text. */
export function toContractFields(id: string, posting: NormalisedPosting): ContractFields {
  const { salary } = posting;
  return {
    id,
    frameworks: posting.frameworks.map((mention) => mention.framework).sort(),
    roles: [...posting.roles].sort(),
    seniority: posting.seniority,
    remote: posting.remote,
    salary: salary ? { min: salary.min, max: salary.max, currency: salary.currency, period: salary.period } : null,
    useCases: [...posting.useCases].sort(),
    countries: [...posting.countries].sort(),
  };
}
