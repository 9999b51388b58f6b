import { dedupKeys } from "@/lib/dedup/keys";
import { sha256 } from "@/lib/hash";
import { annualPay } from "@/lib/money/annual-pay";
import type { NormalisedPosting } from "@/lib/normalise/types";

/**
 * Every posting column the extractors decide; ingest and re-extraction write the same ones.
 * `computed`: the columns worked out from the posting, when done ahead (row-parts.ts).
 */
export function derivedColumns(posting: NormalisedPosting, computed = computedColumns(posting)) {
  return {
    company: posting.company,
    title: posting.title,
    locationText: posting.locationText,
    description: posting.description,
    applyUrl: posting.applyUrl,
    seniority: posting.seniority,
    remote: posting.remote,
    salaryMin: posting.salary?.min ?? null,
    salaryMax: posting.salary?.max ?? null,
    salaryCurrency: posting.salary?.currency ?? null,
    salaryPeriod: posting.salary?.period ?? null,
    salaryText: posting.salary?.text ?? null,
    ...computed,
  };
}

/** The derived columns that take work (pay, dedup keys, hash), as opposed to fields copied as they are. */
export function computedColumns(posting: NormalisedPosting) {
  const pay = posting.salary ? annualPay(posting.salary) : null;
  return {
    salaryAnnualMin: pay?.annualMin ?? null,
    salaryAnnualMax: pay?.annualMax ?? null,
    salaryUsdMin: pay?.usdMin ?? null,
    salaryUsdMax: pay?.usdMax ?? null,
    salaryRatesDate: pay?.ratesDate ?? null,
    ...dedupKeys(posting),
    extractHash: extractHash(posting),
  };
}

export function extractHash(posting: NormalisedPosting): string {
  return sha256(JSON.stringify(posting));
}
