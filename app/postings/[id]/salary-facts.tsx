import { Card } from "@tremor/react";
import Link from "next/link";
import type { PostingDetail } from "@/db/queries/posting-detail";
import { RATES_SOURCE } from "@/lib/money/exchange-rates";
import { formatMoney, formatRange, formatUsd } from "@/lib/ui/format";

/** Pay as posted, as annual base pay in its currency, and in USD at the dated rates. */
export function SalaryFacts({ posting }: { posting: PostingDetail["posting"] }) {
  const { salaryMin: min, salaryMax: max, salaryCurrency: currency, salaryPeriod: period } = posting;
  if (min === null || max === null || !currency || !period) {
    return (
      <Card className="card" data-testid="salary">
        <h2 className="font-medium text-tremor-content-strong">Salary</h2>
        <p className="mt-2 text-sm">No base salary is posted.</p>
      </Card>
    );
  }
  const local = (value: number) => formatMoney(value, currency);
  return (
    <Card className="card" data-testid="salary">
      <h2 className="font-medium text-tremor-content-strong">Salary</h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-tremor-content">As posted</dt>
        <dd data-testid="salary-posted">
          {formatRange(min, max, local)} per {period}
          {posting.salaryText ? <span className="text-tremor-content"> (“{posting.salaryText}”)</span> : null}
        </dd>
        <dt className="text-tremor-content">Annual base</dt>
        <dd data-testid="salary-annual">{posting.salaryAnnualMin !== null && posting.salaryAnnualMax !== null ? formatRange(posting.salaryAnnualMin, posting.salaryAnnualMax, local) : "–"}</dd>
        <dt className="text-tremor-content">Annual in USD</dt>
        <dd data-testid="salary-usd">
          {posting.salaryUsdMin !== null && posting.salaryUsdMax !== null ? (
            <>
              {formatRange(posting.salaryUsdMin, posting.salaryUsdMax, formatUsd)}{" "}
              <span className="text-tremor-content">
                at the rates of {posting.salaryRatesDate ?? "?"} ({RATES_SOURCE};{" "}
                <Link prefetch={false} href="/methodology#exchange-rates" className="underline">
                  how
                </Link>
                )
              </span>
            </>
          ) : (
            `no rate for ${currency} in the shipped table`
          )}
        </dd>
      </dl>
    </Card>
  );
}
