import type { ReactNode } from "react";
import Link from "next/link";
import type { DemandSupplyRow } from "@/db/queries/demand-supply";
import type { SalaryBand } from "@/db/queries/salaries";
import type { MonthlyFrameworkCounts } from "@/db/queries/trends";
import type { UseCaseExportRow } from "@/lib/export/views/use-cases";
import type { Reason } from "@/app/recommendations/reasons";
import type { Recommendation } from "@/lib/recommend/decide";
import { shareOf, type SeriesSummary } from "@/lib/report/summary";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { frameworkLabel } from "@/lib/ui/cell-labels";
import { FRAMEWORK_COLORS, FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatCount, formatIndex, formatMoney, formatMonth, formatShare, formatShareInterval } from "@/lib/ui/format";
import { USE_CASE_LABELS } from "@/lib/ui/labels";
import { movingAverageRows } from "@/lib/ui/trend-chart-rows";
import { ReportChart } from "./report-chart";

export const th = "border-b border-tremor-border px-2 py-1 text-left font-medium text-tremor-content-strong";
export const td = "border-b border-tremor-border px-2 py-1";
export const num = `${td} text-right tabular-nums`;

export function Card({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  return (
    <div className="card mt-4 rounded-tremor-default border border-tremor-border bg-white p-4" data-testid={testId}>
      <h3 className="font-medium text-tremor-content-strong">{title}</h3>
      {children}
    </div>
  );
}

/** A section that starts a printed page. */
export function Section({ id, title, first, children }: { id: string; title: string; first?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={first ? "mt-6" : "report-page mt-10"} data-report-section={id}>
      <h2 id={id} className="text-xl font-semibold text-tremor-content-strong">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What a section says when its data is missing for this selection. */
export function NotAvailable({ what, testId }: { what: string; testId: string }) {
  return (
    <p className="mt-3 rounded-tremor-default border border-dashed border-tremor-border p-3 text-sm" data-testid={testId}>
      Not available yet: {what}
    </p>
  );
}

export function SummaryTable({ series }: { series: Array<{ label: string; summary: SeriesSummary }> }) {
  return (
    <table className="mt-3 w-full border-collapse" data-testid="summary-table">
      <thead>
        <tr>
          <th className={th}>Series (last 3 months with data)</th>
          <th className={`${th} text-right`}>Jobs</th>
          {FRAMEWORKS.map((f) => (
            <th key={f} className={`${th} text-right`}>
              {FRAMEWORK_LABELS[f]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.map(({ label, summary }) => (
          <tr key={label}>
            <td className={td}>
              {label}
              {summary.recent ? <span className="text-tremor-content"> ({formatMonth(summary.recent.first)}–{formatMonth(summary.recent.last)})</span> : null}
            </td>
            <td className={num}>{formatCount(summary.recent?.n ?? 0)}</td>
            {FRAMEWORKS.map((f) => (
              <td key={f} className={num}>
                {summary.recent ? formatShare(shareOf(summary.recent, f).share) : "–"}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const HEADLINES = { "no-clear-winner": "No clear winner: the data does not separate the two", "not-enough-data": "Not enough data for a recommendation" } as const;
const CONFIDENCE = { high: "High confidence", moderate: "Moderate confidence", low: "Low confidence" } as const;
const STATUS = { clear: "clear", overlap: "intervals overlap: not scored", thin: "too little data: not scored", shown: "shown, not scored" } as const;

/** The /recommendations verdict for a team with no stated situation, with each reason's numbers and n. */
export function RecommendationCard({ recommendation, reasons, window }: { recommendation: Recommendation; reasons: Reason[]; window: string | null }) {
  const headline = recommendation.status === "recommended" && recommendation.framework ? `Recommended: ${FRAMEWORK_LABELS[recommendation.framework]}` : HEADLINES[recommendation.status === "recommended" ? "not-enough-data" : recommendation.status];
  return (
    <Card title="Recommendation" testId="recommendation">
      <p className="mt-2 text-lg font-semibold text-tremor-content-strong" data-testid="recommendation-headline">
        {headline}
      </p>
      <p className="mt-1 text-sm" data-testid="recommendation-confidence">
        {recommendation.confidence ? CONFIDENCE[recommendation.confidence] : "No confidence to state"}. {recommendation.why.join(" ")}
      </p>
      <p className="mt-1 text-xs text-tremor-content">
        As on{" "}
        <Link href="/recommendations" className="underline">
          Recommendations
        </Link>{" "}
        for a team that states no situation{window ? `; job ads ${window}, the last 12 months stored` : ""}. State yours there for a recommendation of your own.
      </p>
      {reasons.length ? (
        <>
          <h4 className="mt-3 text-sm font-medium text-tremor-content-strong">Evidence</h4>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm" data-testid="evidence">
            {reasons.map((reason) => (
              <li key={reason.id}>
                <span className="font-medium">{reason.title}</span> ({STATUS[reason.status]}): {reason.statement} n = {formatCount(reason.n)} {reason.unit}
                {reason.links[0] ? (
                  <>
                    {" · "}
                    <Link href={reason.links[0].href} className="underline">
                      {reason.links[0].label}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </Card>
  );
}

export function TrendCard({ label, counts, summary, testId }: { label: string; counts: MonthlyFrameworkCounts[]; summary: SeriesSummary; testId: string }) {
  return (
    <Card title={`${label}: share of jobs mentioning each framework, 3-month moving average`} testId={testId}>
      <p className="text-sm">
        n = {formatCount(summary.jobs)} distinct jobs in {summary.months} months
      </p>
      {counts.length === 0 ? (
        <NotAvailable what="no postings of this series in the months selected." testId={`${testId}-empty`} />
      ) : (
        <ReportChart label={`Line chart: ${label}, 3-month moving average of the share of jobs mentioning each framework, by month`} data={movingAverageRows(counts)} categories={FRAMEWORKS.map((f) => FRAMEWORK_LABELS[f])} colors={FRAMEWORKS.map((f) => FRAMEWORK_COLORS[f])} testId={testId} />
      )}
      {summary.recent ? (
        <p className="mt-1 text-xs">
          Last {summary.recent.months} months with data ({formatMonth(summary.recent.first)}–{formatMonth(summary.recent.last)}, n = {formatCount(summary.recent.n)}), share with 95% interval:{" "}
          {FRAMEWORKS.map((f) => {
            const s = shareOf(summary.recent!, f);
            return `${FRAMEWORK_LABELS[f]} ${formatShare(s.share)} (${formatShareInterval(s.low, s.high)})`;
          }).join("; ")}
          .
        </p>
      ) : null}
    </Card>
  );
}

export function TalentTable({ rows }: { rows: DemandSupplyRow[] }) {
  const jobs = rows[0]?.postings ?? 0;
  const respondents = rows[0]?.sample ?? 0;
  return (
    <table className="mt-3 w-full border-collapse" data-testid="talent-table">
      <thead>
        <tr>
          <th className={th}>Framework</th>
          <th className={`${th} text-right`}>Demand: share of {formatCount(jobs)} jobs</th>
          <th className={`${th} text-right`}>Supply: use it, of {formatCount(respondents)} respondents</th>
          <th className={`${th} text-right`}>Want it next year</th>
          <th className={`${th} text-right`}>Demand/supply index</th>
          <th className={`${th} text-right`}>Next-year index</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.framework}>
            <td className={td}>{FRAMEWORK_LABELS[row.framework]}</td>
            <td className={num}>{row.demandShare === null ? "–" : formatShare(row.demandShare)}</td>
            <td className={num}>{row.supplyShare === null ? "–" : formatShare(row.supplyShare)}</td>
            <td className={num}>{row.wantedShare === null ? "–" : formatShare(row.wantedShare)}</td>
            <td className={num}>{row.index === null ? (row.thin ?? "–") : formatIndex(row.index)}</td>
            <td className={num}>{row.nextYearIndex === null ? "–" : formatIndex(row.nextYearIndex)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ORIGIN_TITLES: Record<SalaryBand["origin"], string> = { posted: "Job ads", survey: "Stack Overflow survey", "salary-survey": "ai-jobs.net survey" };

export function SalaryTable({ bands }: { bands: SalaryBand[] }) {
  return (
    <table className="mt-3 w-full border-collapse" data-testid="salary-table">
      <thead>
        <tr>
          <th className={th}>Origin</th>
          <th className={th}>Framework</th>
          <th className={th}>Currency</th>
          <th className={`${th} text-right`}>n</th>
          <th className={`${th} text-right`}>p25</th>
          <th className={`${th} text-right`}>Median</th>
          <th className={`${th} text-right`}>p75</th>
        </tr>
      </thead>
      <tbody>
        {bands.map((band) => (
          <tr key={`${band.origin}-${band.framework}-${band.currency}`}>
            <td className={td}>
              {ORIGIN_TITLES[band.origin]}
              {band.year ? ` ${band.year}` : ""}
            </td>
            <td className={td}>{frameworkLabel(band.framework)}</td>
            <td className={td}>{band.currency}</td>
            <td className={num}>{formatCount(band.n)}</td>
            {band.suppressed ? (
              <td className={num} colSpan={3}>
                too few to show
              </td>
            ) : (
              [band.p25, band.p50, band.p75].map((value, at) => (
                <td key={at} className={num}>
                  {value === null ? "–" : formatMoney(value, band.currency)}
                </td>
              ))
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function UseCaseTable({ rows }: { rows: UseCaseExportRow[] }) {
  const useCases = [...new Set(rows.map((row) => row.useCase))].filter((u) => rows.some((row) => row.useCase === u && row.useCaseWithFramework > 0));
  return (
    <table className="mt-3 w-full border-collapse" data-testid="use-case-table">
      <thead>
        <tr>
          <th className={th}>Use case</th>
          <th className={`${th} text-right`}>Jobs naming a framework</th>
          {FRAMEWORKS.map((f) => (
            <th key={f} className={`${th} text-right`}>
              {FRAMEWORK_LABELS[f]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {useCases.map((useCase) => (
          <tr key={useCase}>
            <td className={td}>{USE_CASE_LABELS[useCase]}</td>
            <td className={num}>{formatCount(rows.find((row) => row.useCase === useCase)?.useCaseWithFramework ?? 0)}</td>
            {FRAMEWORKS.map((f) => {
              const share = rows.find((row) => row.useCase === useCase && row.framework === f)?.shareOfUseCase ?? null;
              return (
                <td key={f} className={num}>
                  {share === null ? "–" : formatShare(share)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
